// Placeholder until the rules-and-alerts UI lands here (issue #6): mounted by the options page / popup.
export function PageSettingsSection() {
  return (
    <section>
      <h2>On pages</h2>
    </section>
  );
}
