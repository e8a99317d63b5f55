import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { generateDataset } from '../../../scripts/seed/generate';
import { generateDataKey } from '../../../renderer/src/data/vault/data-key';
import { sealRecord } from '../../../renderer/src/data/vault/sealed-record';
import { Vault } from '../../../renderer/src/data/vault/vault';
import { SCHEMA_V9_SYNC } from '../../../renderer/src/data/db';
import { openTestDb } from '../data/fixtures';

it('data', async () => {
  const data = generateDataset({ seed: 42, today: '2026-03-01', cases: 10000 });
  const vault = new Vault(openTestDb());
  await vault.adopt(await generateDataKey());
  const plain = data.cases.map((c) => c.case);
  const sealed = [];
  for (const c of plain) sealed.push(await sealRecord(vault, 'cases', c as never));
  const slim = sealed.map((s: any) => ({ ...s, derived: { ...s.derived, nameTokens: s.derived.nameTokens.slice(0, 4) } }));
  writeFileSync('/work/exp/plain.json', JSON.stringify(plain));
  writeFileSync('/work/exp/sealed.json', JSON.stringify(sealed));
  writeFileSync('/work/exp/slim.json', JSON.stringify(slim));
  writeFileSync('/work/exp/schema.json', JSON.stringify(SCHEMA_V9_SYNC.cases));
}, 120000);
