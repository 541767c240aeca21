// `liaison` command line: subcommands are registered from their own modules.
// Exit codes: 0 ok, 1 error-level findings or broken log, 2 usage or fatal error.
console.log('liaison: work in progress');
