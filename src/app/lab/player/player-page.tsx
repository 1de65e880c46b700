import type { ReactElement } from 'react';
import { createBrowserRouter } from 'react-router';
import { routerOptions } from '../../routes';
import type { LabRuntime } from '../../../session/lab-runtime';
import { PlayerApp } from './PlayerApp';
import { attemptBase } from './player-paths';
import { playerRoutes } from './player-routes';

/** The page for an attempt's address: the player, its router based at the attempt. */
export function playerPage(runtime: LabRuntime, attemptId: string): ReactElement {
  const router = createBrowserRouter(playerRoutes(), routerOptions(attemptBase(attemptId)));
  return <PlayerApp runtime={runtime} attemptId={attemptId} router={router} />;
}
