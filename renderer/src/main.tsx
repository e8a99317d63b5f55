/** The renderer's entry: starts the app (start-app.tsx). */
import { startApp } from './start-app';

void startApp();
