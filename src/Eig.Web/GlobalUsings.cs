// The kernel every feature uses (the clock, refused domain moves, French formatting, who is signed in): imported once for the project.
global using Eig.Web.Infrastructure;
global using Eig.Web.Infrastructure.Formats;
global using Eig.Web.Infrastructure.Security;
