import { useEffect, useState } from 'preact/hooks';
import {
  describeOrigin,
  missingOrigins,
  requestOrigins,
  type ManifestAccess,
  type PermissionsApi,
} from '../lib/permissions/host-access';

interface Props {
  permissions: PermissionsApi;
  manifest: ManifestAccess;
}

/** Shown only while some needed origin is not granted (Firefox lets users withhold them). */
export function HostAccessBanner({ permissions, manifest }: Props) {
  const [missing, setMissing] = useState<string[] | null>(null);
  const [denied, setDenied] = useState(false);

  const refresh = () =>
    missingOrigins(permissions, manifest).then(setMissing, () => setMissing([]));
  useEffect(() => void refresh(), []);

  if (!missing || missing.length === 0) return null;
  const uses = [...new Set(missing.map(describeOrigin))];
  const ask = async () => {
    // The prompt only appears for a user gesture, so request before any other await.
    const granted = await requestOrigins(permissions, missing).catch(() => false);
    setDenied(!granted);
    await refresh();
  };
  return (
    <section class="host-access" role="alert" aria-labelledby="host-access-title">
      <h2 id="host-access-title">Paper Radar needs your permission</h2>
      <p>Without it, it cannot reach:</p>
      <ul>
        {uses.map((u) => (
          <li key={u}>{u}</li>
        ))}
      </ul>
      <p class="host-access-why">Only paper identifiers are sent to arXiv and Hugging Face; pages are read in your browser.</p>
      <button type="button" onClick={ask}>
        Allow access
      </button>
      {denied && <p class="host-access-denied">Access was not granted. Paper Radar stays off until you allow it.</p>}
    </section>
  );
}
