import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { getDb } from '../../utils/storage/db';

render(<OptionsApp db={getDb()} />, document.getElementById('app')!);
