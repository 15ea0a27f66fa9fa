// The Pulumi program: written by the infrastructure issue.
return 0;
