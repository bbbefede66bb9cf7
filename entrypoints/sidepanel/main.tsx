import { createRoot } from 'react-dom/client';
import { Panel } from '@/components/Panel';
import { targetFromSearch, todayFromSearch } from '@/lib/panel/target-tab';
import '@/components/govuk.scss';

createRoot(document.getElementById('root')!).render(<Panel target={targetFromSearch(location.search)} today={todayFromSearch(location.search)} />);
