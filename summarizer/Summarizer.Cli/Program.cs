// The `summarizer` program: `batch`, `text` and `serve`. See CliApp for the command line.
return await Summarizer.Cli.CliApp.RunAsync(args);
