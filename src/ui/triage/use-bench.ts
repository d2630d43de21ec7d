import { useEffect, useState } from 'preact/hooks';
import type { BenchState, TriageBench } from '../../triage/bench';

/** The bench's state, re-rendering on every change. */
export function useBenchState(bench: TriageBench): BenchState {
  const [state, setState] = useState(bench.state);
  useEffect(() => {
    setState(bench.state);
    return bench.subscribe(setState);
  }, [bench]);
  return state;
}
