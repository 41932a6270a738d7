using Eig.Web;
using Eig.Web.Infrastructure.Cli;

// One program, two faces: the web service, or an operator verb (migrate, seed-demo, create-staff…).
if (args.Length > 0 && OperatorCommands.IsVerb(args[0]))
{
    return await OperatorCommands.RunAsync(args);
}

Eig.Web.Infrastructure.Observabilite.SortieTamponnee.Installer();
var app = WebApp.Build(args);
await WebApp.PrepareAsync(app);
await app.RunAsync();
return 0;

public partial class Program;
