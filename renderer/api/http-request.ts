/** The request for one call over the web transport: POST <base>/api/<method> with the argument as JSON. */
export function httpRequest(baseUrl: string, method: string, arg: unknown): [string, RequestInit] {
  return [
    `${baseUrl.replace(/\/+$/, '')}/api/${method}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(arg ?? {}),
    },
  ];
}
