// Registers one command and returns: the smallest possible activation, measured beside Model Rankings.
const vscode = require('vscode');

exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('activationProbe.noop', () => undefined));
};
