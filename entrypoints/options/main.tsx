import { render } from 'preact';
import { OptionsApp } from '../../components/options/options-app';
import { requestPersistentStorage } from '../../lib/db/persist';
import '../../components/theme.css';
import '../../components/library/library.css';
import './style.css';

// As in the popup: an extension page asks the browser to keep the library under storage pressure.
void requestPersistentStorage();

render(<OptionsApp />, document.getElementById('app')!);
