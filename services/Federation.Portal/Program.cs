using Federation.Portal.Auth;
using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Federation.ServiceDefaults;

// The city's web portal: server-rendered pages (forms work without scripts) in English, Chinese and
// Korean, over this city's own services only, with the signed-in user's token passed on.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("portal");
builder.AddPortalLanguages();
builder.AddPortalSignIn();
builder.AddPortalClients();
builder.Services.AddRazorPages();
builder.Services.AddScoped<Federation.Portal.Pages.Catalog.AwardNames>();

var app = builder.Build();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseCityLogScope();
app.UseStaticFiles();
app.UsePortalLanguages();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealthEndpoints();
app.MapLanguageSwitch();
app.MapRazorPages();
app.Run();

public partial class Program;
