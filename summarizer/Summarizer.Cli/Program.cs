// The `summarizer` program: written by the engine/CLI issue.
return 0;
