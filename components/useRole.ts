import { useEffect, useState } from 'react';
import type { Role } from '@/lib/rules/safeguarding-steps';
import { DEFAULT_ROLE, readRole, roleSetting } from '@/lib/settings/settings';

/** The user's role ("I work as"), kept in step with settings; with the problem when what is stored is not a role. */
export function useStoredRole(): { role: Role; problem?: string } {
  const [state, setState] = useState<{ role: Role; problem?: string }>({ role: DEFAULT_ROLE });
  useEffect(() => {
    let live = true;
    const stop = roleSetting.watch((raw) => live && setState(readRole(raw)));
    void roleSetting.getValue().then((raw) => live && setState(readRole(raw)));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}

export function useRole(): Role {
  return useStoredRole().role;
}
