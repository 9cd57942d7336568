import module from 'node:module';

// `cli`: the command line, started from the built bundle (out/main/cli.js). Node keeps the
// compiled code of every module it loads, so from the second run the start-up is mostly I/O.
module.enableCompileCache?.();
await import('./run');
