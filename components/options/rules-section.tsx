// Placeholder until the rules-and-alerts UI lands here (issue #6): mounted by the options page / popup.
export function RulesSection() {
  return (
    <section>
      <h2>Keyword rules</h2>
    </section>
  );
}
