import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newEngagement(): void;
  /** The renderer decides: the programme's own undo in the workspace, the text field's elsewhere. */
  undo(): void;
  redo(): void;
  about(): void;
  openDataDir(): void;
}

export interface MenuOptions {
  /** Developer tools are offered only in unpackaged builds. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  actions: MenuActions;
}

/** The application menu, in Danish. Roles give the platform behaviour; labels override English defaults. */
export function buildApplicationMenu({ isPackaged, platform, actions }: MenuOptions): Menu {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: 'Forløb',
            submenu: [
              { label: 'Om Forløb', click: () => actions.about() },
              { type: 'separator' },
              { role: 'hide', label: 'Skjul Forløb' },
              { role: 'hideOthers', label: 'Skjul andre' },
              { role: 'unhide', label: 'Vis alle' },
              { type: 'separator' },
              { role: 'quit', label: 'Afslut Forløb' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'Filer',
      submenu: [
        { label: 'Nyt forløb', accelerator: 'CmdOrCtrl+N', click: () => actions.newEngagement() },
        { type: 'separator' },
        { role: 'close', label: 'Luk vindue' },
        ...(isMac ? [] : [{ role: 'quit', label: 'Afslut' } satisfies MenuItemConstructorOptions]),
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        { label: 'Fortryd', accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
        { label: 'Gentag', accelerator: 'CmdOrCtrl+Shift+Z', click: () => actions.redo() },
        { type: 'separator' },
        { role: 'cut', label: 'Klip' },
        { role: 'copy', label: 'Kopiér' },
        { role: 'paste', label: 'Sæt ind' },
        { role: 'selectAll', label: 'Markér alt' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { role: 'reload', label: 'Genindlæs' },
        ...(isPackaged
          ? []
          : [{ role: 'toggleDevTools', label: 'Udviklerværktøjer' } satisfies MenuItemConstructorOptions]),
        { type: 'separator' },
        { role: 'resetZoom', label: 'Faktisk størrelse' },
        { role: 'zoomIn', label: 'Zoom ind' },
        { role: 'zoomOut', label: 'Zoom ud' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Fuld skærm' },
      ],
    },
    {
      role: 'help',
      label: 'Hjælp',
      submenu: [
        ...(isMac
          ? []
          : [{ label: 'Om Forløb', click: () => actions.about() } satisfies MenuItemConstructorOptions]),
        { label: 'Åbn datamappe', click: () => actions.openDataDir() },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
