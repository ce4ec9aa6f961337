// Placeholder until the rules-and-alerts UI lands here (issue #6): mounted by the options page / popup.
export function AlertsSection() {
  return (
    <section>
      <h2>Alerts</h2>
    </section>
  );
}
