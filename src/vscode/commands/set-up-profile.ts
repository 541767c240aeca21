// Liaison: Set Up Project Profile…: seven questions, Esc at any step writes nothing. Answers can
// be given as an argument (tests, other extensions); the questions not answered are asked.
import * as vscode from 'vscode';
import { PROFILE_PATH, joinPath, type ProfileProblem } from '../../core/config/profile';
import { jsonProblemText, jsonProblemTextFr, parseJsonText } from '../../core/config/json-text';
import { answersFrom, checkCadence, profileText, type ProfileAnswers } from '../../core/config/profile-answers';
import { isLang } from '../../core/ports';
import { currentFolder, showProfileProblems, uiLang } from '../templates/context';
import { profileProblemList } from '../templates/profile-problems';
import { workspaceFileSystem } from '../templates/workspace-fs';
import { errorWords } from '../error-words';

export interface SetUpProfileArgs { answers?: Partial<ProfileAnswers> }

const STEPS = 7;

export async function setUpProfile(context: vscode.ExtensionContext, args: SetUpProfileArgs = {}): Promise<string | undefined> {
  const folder = currentFolder();
  if (!folder) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: the project profile lives in the workspace, in .liaison/profile.json.'));
    return undefined;
  }
  const file = joinPath(folder.uri.fsPath, PROFILE_PATH);
  const read = await readExisting(file);
  // A profile that does not parse holds the user's own settings: never replace it with the answers.
  if ('problem' in read) { void showProfileProblems(vscode.Uri.file(file), [read.problem], 'kept'); return undefined; }
  const existing = read.data;
  const defaults = answersFrom(existing, { project: folder.name, lang: uiLang() });
  const given = args.answers ?? {};
  const title = (n: number): string => vscode.l10n.t('Liaison project profile ({0}/{1})', n, STEPS);
  const required = (v: string): string | undefined => (v.trim() ? undefined : vscode.l10n.t('This cannot be empty.'));

  const ask = async (n: number, key: keyof ProfileAnswers, prompt: string, validate?: (v: string) => string | undefined): Promise<string | undefined> => {
    if (given[key] !== undefined) return String(given[key]);
    return vscode.window.showInputBox({ title: title(n), prompt, value: String(defaults[key]), validateInput: validate, ignoreFocusOut: true });
  };

  const clientName = await ask(1, 'clientName', vscode.l10n.t('Client or company name, as written in your notes'), required);
  if (clientName === undefined) return undefined;
  const clientContact = await ask(2, 'clientContact', vscode.l10n.t('The person you write to (optional)'));
  if (clientContact === undefined) return undefined;
  const project = await ask(3, 'project', vscode.l10n.t('Project name'), required);
  if (project === undefined) return undefined;
  const freelancerName = await ask(4, 'freelancerName', vscode.l10n.t('Your name, as you sign'), required);
  if (freelancerName === undefined) return undefined;
  const lang = given.lang ?? (await pickLang(title(5), defaults.lang));
  if (lang === undefined || !isLang(lang)) return undefined;
  const cadence = await ask(6, 'cadenceDays', vscode.l10n.t('Days between two updates to this client'),
    v => (checkCadence(v) ? vscode.l10n.t('A whole number of days from 1 to 60.') : undefined));
  if (cadence === undefined) return undefined;
  const notesFolder = await ask(7, 'notesFolder', vscode.l10n.t('Folder for client notes, relative to the workspace'), required);
  if (notesFolder === undefined) return undefined;

  const schemaRef = vscode.Uri.joinPath(context.extensionUri, 'schemas', 'profile.schema.json').toString();
  const answers: ProfileAnswers = { clientName, clientContact, project, freelancerName, lang, cadenceDays: Number(cadence), notesFolder };
  const { text, problems } = profileText(existing, answers, schemaRef);
  if (!text) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The profile was not written: {0}', profileProblemList(vscode.l10n, uiLang(), problems)));
    return undefined;
  }
  try {
    await workspaceFileSystem.createDirectory(joinPath(folder.uri.fsPath, '.liaison'));
    await workspaceFileSystem.writeFile(file, new TextEncoder().encode(text));
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The profile was not written to {0}: {1}. Check that the folder is writable.', file, errorWords(vscode.l10n, uiLang(), e)));
    return undefined;
  }
  const open = vscode.l10n.t('Open Profile');
  void vscode.window.showInformationMessage(vscode.l10n.t('Project profile saved in .liaison/profile.json.'), open).then(async choice => {
    if (choice === open) await vscode.window.showTextDocument(vscode.Uri.file(file));
  });
  return vscode.Uri.file(file).toString();
}

async function readExisting(file: string): Promise<{ data?: Record<string, unknown> } | { problem: ProfileProblem }> {
  const st = await workspaceFileSystem.stat(file);
  if (!st) return {};
  if (st.type === 'directory') return { problem: { path: '', message: vscode.l10n.t('this is a folder, not a file: remove it or rename it, then set up the profile again') } };
  let text: string;
  try { text = new TextDecoder().decode(await workspaceFileSystem.readFile(file)); } catch (e) {
    return { problem: { path: '', message: (e as Error).message } };
  }
  const parsed = parseJsonText(text);
  if (parsed.problem) {
    return { problem: { path: '', message: jsonProblemText(parsed.problem), fr: jsonProblemTextFr(parsed.problem), line: parsed.problem.line, column: parsed.problem.column } };
  }
  const data = parsed.value;
  return data && typeof data === 'object' && !Array.isArray(data) ? { data: data as Record<string, unknown> } : {};
}

async function pickLang(title: string, current: string): Promise<string | undefined> {
  const items = [
    { label: 'English', description: 'en', lang: 'en' },
    { label: 'Français', description: 'fr', lang: 'fr' },
  ].sort((a, b) => (a.lang === current ? -1 : b.lang === current ? 1 : 0));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Language of your notes to this client'), ignoreFocusOut: true });
  return picked?.lang;
}
