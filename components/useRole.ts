import { useEffect, useState } from 'react';
import type { Role } from '@/lib/rules/safeguarding-steps';
import { loadRole, roleSetting } from '@/lib/settings/settings';

/** The user's role ("I work as"), kept in step with settings. */
export function useRole(): Role {
  const [role, setRole] = useState<Role>('probation');
  useEffect(() => {
    let live = true;
    void loadRole().then((r) => live && setRole(r));
    const stop = roleSetting.watch(() => void loadRole().then((r) => live && setRole(r)));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return role;
}
