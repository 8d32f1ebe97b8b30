// Prints what the module computes, one value a line; the argument is the module to import.
const module = await import(process.argv[2]);
console.log(module.report().join("\n"));
