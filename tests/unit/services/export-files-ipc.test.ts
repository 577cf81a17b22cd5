import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FILES_MESSAGES, registerExportFiles } from '../../../electron/export-files-ipc.js';
import type { ApiService } from '../../../electron/services/api-service.js';
import { ApiError } from '../../../shared/errors.js';
import { FILES_CHANNELS, type ApiEnvelope } from '../../../shared/bridge.js';

// Electron's side of saving an export, with ipcMain, dialog and shell faked (it cannot run Electron here).

type Handler = (event: { senderFrame: { url: string } | null }, arg: unknown) => Promise<ApiEnvelope>;

let dir: string;
let handlers: Map<string, Handler>;
const trusted = { senderFrame: { url: 'file:///app/index.html' } };

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'forlob-save-'));
  handlers = new Map();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function setup(choose: (name: string) => string | undefined, api?: ApiService) {
  const openPath = vi.fn(async () => '');
  const showItemInFolder = vi.fn();
  const service: ApiService = api ?? {
    invoke: async () => ({
      fileName: 'Handleplan – Solbakken – 2026-11-22.pdf',
      bytes: Buffer.from('%PDF-1.7 x').toString('base64'),
    }),
  };
  registerExportFiles(
    {
      handle: (channel: string, h: unknown) => void handlers.set(channel, h as Handler),
      removeHandler: () => undefined,
    },
    { api: service, chooseSavePath: async (name) => choose(name), openPath, showItemInFolder },
    (frame) => frame?.url.startsWith('file:///app/') ?? false,
  );
  const call = (channel: string, arg: unknown, event = trusted) => handlers.get(channel)!(event, arg);
  return { call, openPath, showItemInFolder };
}

const request = { method: 'reports.exportPdf', arg: { engagementId: 'e1', kind: 'actionplan' } };

describe('saving an export in Electron', () => {
  it('writes the file the user chose and opens it and its folder by token only', async () => {
    const target = path.join(dir, 'valgt.pdf');
    const { call, openPath, showItemInFolder } = setup((name) =>
      name.endsWith('.pdf') ? target : undefined,
    );
    const saved = await call(FILES_CHANNELS.saveExport, request);
    expect(saved).toMatchObject({ ok: true, value: { fileName: 'valgt.pdf' } });
    expect(await fs.readFile(target, 'latin1')).toBe('%PDF-1.7 x');
    const token = (saved as { value: { token: string } }).value.token;
    expect(await call(FILES_CHANNELS.open, token)).toEqual({ ok: true, value: null });
    expect(openPath).toHaveBeenCalledWith(target);
    await call(FILES_CHANNELS.showInFolder, token);
    expect(showItemInFolder).toHaveBeenCalledWith(target);
    expect(await call(FILES_CHANNELS.open, '/etc/passwd')).toEqual({
      ok: false,
      error: { code: 'not_found', message: FILES_MESSAGES.unknownToken },
    });
  });

  it('answers null and writes nothing when the dialog is closed', async () => {
    const { call } = setup(() => undefined);
    expect(await call(FILES_CHANNELS.saveExport, request)).toEqual({ ok: true, value: null });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('passes the export’s own refusal on, and writes nothing', async () => {
    const api: ApiService = {
      invoke: async () => {
        throw new ApiError('not_found', 'Forløbet findes ikke.');
      },
    };
    const choose = vi.fn(() => path.join(dir, 'x.pdf'));
    const { call } = setup(choose, api);
    expect(await call(FILES_CHANNELS.saveExport, request)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Forløbet findes ikke.' },
    });
    expect(choose).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender and an unknown request', async () => {
    const { call } = setup(() => path.join(dir, 'x.pdf'));
    expect(
      await call(FILES_CHANNELS.saveExport, request, { senderFrame: { url: 'https://evil.example/' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
    expect(
      await call(FILES_CHANNELS.saveExport, { method: 'engagements.delete', arg: { id: 'e1' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument', message: FILES_MESSAGES.badRequest },
    });
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
