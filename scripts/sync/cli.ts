/**
 * `npm run sync:setup -- --server URL --post CODE [--headquarters URL]`
 * `npm run sync:add-user -- --server URL --post CODE --user NAME --role officer|supervisor`
 *
 * The server administrator's credentials come from COUCHDB_ADMIN_USER and
 * COUCHDB_ADMIN_PASSWORD or are asked for; a new account's password from
 * HOMEWARD_USER_PASSWORD or is asked for. None is ever written to a file.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { PostCodeSchema } from '../../shared/schemas/settings';
import { postDatabase, serverRoles } from '../../shared/sync/documents';
import { addServerUser, replicatorDocument, ServerSetupError, setUpPost, type AdminConnection } from './server-setup';

const USAGE = [
  'Usage: npm run sync:setup -- --server URL --post CODE [--headquarters URL]',
  '       npm run sync:add-user -- --server URL --post CODE --user NAME --role officer|supervisor',
].join('\n');

/** Asks on the terminal; a secret is not echoed. */
async function ask(question: string, secret: boolean): Promise<string> {
  if (!process.stdin.isTTY) throw new ServerSetupError(`${question.trim()} is needed: set it in the environment (no terminal to ask on).`);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  const write = output._writeToOutput.bind(rl);
  output._writeToOutput = (text) => write(secret && !text.startsWith(question) ? '' : text);
  try {
    return await new Promise<string>((resolve) => rl.question(question, resolve));
  } finally {
    rl.close();
    if (secret) process.stdout.write('\n');
  }
}

async function adminConnection(server: string): Promise<AdminConnection> {
  const user = process.env.COUCHDB_ADMIN_USER || (await ask('Server administrator: ', false));
  const password = process.env.COUCHDB_ADMIN_PASSWORD || (await ask('Administrator password: ', true));
  return { server, user, password };
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { server: { type: 'string' }, post: { type: 'string' }, headquarters: { type: 'string' }, user: { type: 'string' }, role: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const post = PostCodeSchema.safeParse(values.post ?? '');
  if (!values.server || !URL.canParse(values.server) || !post.success || (command !== 'setup' && command !== 'add-user')) {
    console.error(`--server must be an address (https://host:port) and --post a post code of 2 to 8 letters or digits.\n${USAGE}`);
    return 2;
  }
  try {
    if (command === 'setup') return await setup(values.server, post.data, values.headquarters);
    return await addUser(values.server, post.data, values.user, values.role);
  } catch (error) {
    if (error instanceof ServerSetupError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

async function setup(server: string, postCode: string, headquarters: string | undefined): Promise<number> {
  const admin = await adminConnection(server);
  const { database } = await setUpPost(admin, postCode);
  const roles = serverRoles(postCode);
  const lines = [
    `Database ${database} is ready at ${new URL(server).origin}.`,
    `Members: accounts with the role ${roles.staff} (supervisors also ${roles.supervisor}); headquarters readers: ${roles.headquarters}.`,
    'Add one account per staff member: npm run sync:add-user -- --server URL --post CODE --user NAME --role officer|supervisor',
    '',
    "Store this document in headquarters' _replicator database so that headquarters pulls this post:",
    JSON.stringify(replicatorDocument({ server, postCode }, { server: headquarters ?? '<headquarters server address>' }), null, 2),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

async function addUser(server: string, postCode: string, name: string | undefined, role: string | undefined): Promise<number> {
  if (!name || !/^[a-z0-9][a-z0-9._-]{1,63}$/.test(name) || (role !== 'officer' && role !== 'supervisor')) {
    console.error(`--user must be 2 to 64 lower-case letters, digits, dots, dashes or underscores, and --role officer or supervisor.\n${USAGE}`);
    return 2;
  }
  const admin = await adminConnection(server);
  const password = process.env.HOMEWARD_USER_PASSWORD || (await ask(`Password for ${name}: `, true));
  if (password.length < 10) {
    console.error('The account password must have at least 10 characters.');
    return 2;
  }
  await addServerUser(admin, postCode, { name, password, role });
  process.stdout.write(`Account ${name} (${role}) can now sync ${postDatabase(postCode)}.\n`);
  return 0;
}
