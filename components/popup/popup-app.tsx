import type { ManifestAccess, PermissionsApi } from '../../lib/permissions/host-access';
import { HostAccessBanner } from '../host-access-banner';

interface Props {
  permissions: PermissionsApi;
  manifest: ManifestAccess;
}

export function PopupApp({ permissions, manifest }: Props) {
  return (
    <main class="popup">
      <header>
        <h1>Paper Radar</h1>
      </header>
      <HostAccessBanner permissions={permissions} manifest={manifest} />
    </main>
  );
}
