// Lazily loaded entry of the templates feature (dist/lazy/templates.js): the template engine,
// YAML and the profile schema load on the first template command, not at activation.
export { newNote } from '../commands/new-note';
export { newClientUpdate } from '../commands/new-client-update';
export { setUpProfile } from '../commands/set-up-profile';
export { customizeTemplate } from '../commands/customize-template';
