/** The smallest valid scenario, for tests that break one part of it and look at the diagnostic. */
export const PROBE_SCENARIO = `id: probe
version: 1
title: Probe
language: en
persona:
  name: Uma
start: hello
steps:
  hello:
    customer: Hi
    replies:
      - if: {intent: solution}
        end: done
endings:
  done:
    outcome: success
`;
