import { createRoot } from 'react-dom/client';
import { Settings } from '@/components/Settings';
import '@/components/govuk.scss';

createRoot(document.getElementById('root')!).render(<Settings />);
