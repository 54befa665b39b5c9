// TEMPORARY route for the editor helper's build/e2e check. Do not commit.
import { Demo } from './demo';
export default function Page() {
  return <Demo />;
}
