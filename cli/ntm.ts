#!/usr/bin/env node
/**
 * `ntm`: the command-line front of the NTM core. Each command lives in cli/commands/.
 */
import { Command } from 'commander';
import { registerCheckCommand } from './commands/check.js';
import { registerCommuneCommand } from './commands/commune.js';
import { registerPackCommands } from './commands/packs.js';
import { registerTemplateCommand } from './commands/template.js';
import { registerRollupCommand } from './commands/rollup.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('ntm')
    .description('Bộ công cụ Nông thôn mới (NTM) — kiểm tra phụ lục, tra cứu ngưỡng, tạo biểu mẫu, tổng hợp\nNew Rural Development toolkit')
    .version('0.1.0');
  registerPackCommands(program);
  registerCommuneCommand(program);
  registerCheckCommand(program);
  registerTemplateCommand(program);
  registerRollupCommand(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
