// The trials service is being built (issue 4): its domain and certificates come first, its
// endpoints and federation next. It is not yet part of tye.yaml or the run command.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

public partial class Program;
