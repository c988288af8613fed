// A k6 `--out json` stream (NDJSON Points, as k6's documentation shows them:
// https://grafana.com/docs/k6/latest/results-output/real-time/json/), made up at run time so no
// large file is committed. One request is nine Point lines: http_req_duration and the other
// metrics k6 writes beside it. Shared by the Node stream bench and the browser file bench.

const OTHER_METRICS = [
  'http_reqs',
  'http_req_blocked',
  'http_req_connecting',
  'http_req_tls_handshaking',
  'http_req_sending',
  'http_req_waiting',
  'http_req_receiving',
  'http_req_failed',
];
const TAGS =
  '{"expected_response":"true","group":"","method":"GET","name":"http://127.0.0.1:8080/api","proto":"HTTP/1.1","scenario":"default","status":"200","url":"http://127.0.0.1:8080/api"}';

/** One request's k6 JSON lines. @param {number} i @param {() => number} random */
function request(i, random) {
  const time = `2026-12-02T11:${String(Math.floor(i / 60000) % 60).padStart(2, '0')}:${String(Math.floor(i / 1000) % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}Z`;
  const duration = (5 + 40 * random() ** 3).toFixed(6);
  let text = `{"metric":"http_req_duration","type":"Point","data":{"time":"${time}","value":${duration},"tags":${TAGS}}}\n`;
  for (const metric of OTHER_METRICS)
    text += `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${(random() * 3).toFixed(6)},"tags":${TAGS}}}\n`;
  return text;
}

/**
 * Chunks of about `chunkChars` characters, whole requests each, until `targetBytes` have been
 * given; `count()` says how many requests so far. Requests come from a pool made once, so
 * generating makes little garbage and does not inflate what is measured beside it.
 * @param {{ targetBytes: number, chunkChars?: number, seed?: number }} options
 */
export function k6NdjsonStream({ targetBytes, chunkChars = 1 << 20, seed = 20261202 }) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const pool = Array.from({ length: 4096 }, (_, i) => request(i, random));
  let requests = 0;
  let given = 0;
  return {
    count: () => requests,
    *chunks() {
      while (given < targetBytes) {
        let chunk = '';
        while (chunk.length < chunkChars) {
          const next = pool[requests++ % pool.length];
          if (next === undefined) throw new Error('the request pool is empty');
          chunk += next;
        }
        given += chunk.length;
        yield chunk;
      }
    },
  };
}
