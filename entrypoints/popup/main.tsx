import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/Popup';
import '@/components/govuk.scss';

createRoot(document.getElementById('root')!).render(<Popup />);
