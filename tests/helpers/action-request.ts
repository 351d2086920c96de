// Server actions read the request through next/headers, which answers only inside Next's request
// scope. This runs a function in such a scope with the given headers, as Next does for an action
// (the integration setup makes AsyncLocalStorage global first, as Next's server does).
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";

export function inActionRequest<T>(headers: HeadersInit, run: () => Promise<T>): Promise<T> {
  const workStore = { route: "/admin", forceStatic: false, dynamicShouldError: false };
  const requestStore = { type: "request", phase: "action", headers: new Headers(headers) };
  return workAsyncStorage.run(workStore as never, () => workUnitAsyncStorage.run(requestStore as never, run));
}
