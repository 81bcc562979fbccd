// A do-nothing extension measured beside Model Rankings (the floor of reported activation), plus one
// bench-only command that logs the extension host's own performance marks (code/extHost/...), which
// VS Code records around each extension's code loading and activate() call.
const vscode = require('vscode');

exports.activate = (context) => {
  const log = vscode.window.createOutputChannel('Activation Probe', { log: true });
  context.subscriptions.push(
    log,
    vscode.commands.registerCommand('activationProbe.logMarks', () => {
      const source = globalThis.MonacoPerformanceMarks;
      const marks = typeof source?.getMarks === 'function' ? source.getMarks() : [];
      const wanted = marks.filter((m) => /^code\/extHost\/(will|did)(Load|Activate)Extension/.test(m.name));
      log.info(`marks ${JSON.stringify(wanted)}`);
    }),
  );
};
