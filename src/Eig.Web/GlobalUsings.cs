// The kernel every feature uses (the clock, refused domain moves, French formatting): imported once for the project.
global using Eig.Web.Infrastructure;
global using Eig.Web.Infrastructure.Formats;
