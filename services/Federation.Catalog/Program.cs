using Federation.Catalog;
using Federation.Catalog.Features.Awards;
using Federation.Catalog.Features.Challenges;
using Federation.Catalog.Features.Matchmaking;
using Federation.Catalog.Features.OpenData;
using Federation.Catalog.Features.Resync;
using Federation.Catalog.Features.Solutions;
using Federation.Catalog.Features.Verifications;
using Federation.ServiceDefaults;
using Federation.ServiceDefaults.Clients;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("catalog");
builder.AddBearerAuthentication();
builder.AddFederatedStorage<CatalogDbContext, PostgresCatalogDbContext>("Catalog");
builder.Services.AddHostedService<SearchTextUpgrade>(); // after the schema upgrade, which storage registers first
builder.AddServiceClient<IIdentityApi>("Identity");
builder.Services.AddScoped<ProviderOrganisations>();
builder.Services.AddScoped<ICatchUp, CatalogCatchUp>();
builder.Services.AddSingleton<LiveCounts>();
builder.Services.AddWarmUp<CatalogWarmUp>();
builder.Services.AddWarmUpRequests(CatalogWarmUp.Requests);
builder.AddFederatedMessaging<CatalogDbContext>("catalog", bus =>
{
    bus.AddGroupedConsumer<SolutionConsumer>();
    bus.AddGroupedConsumer<ChallengeConsumer>();
    bus.AddConsumer<VerifiedTrialsConsumer>();
    bus.AddConsumer<AwardResultsConsumer>();
    bus.AddTargetedConsumer<ResyncRequestConsumer>();
}, ownBroadcasts: [typeof(SolutionPublished), typeof(SolutionWithdrawn), typeof(ChallengePublished), typeof(ChallengeWithdrawn)]);

var app = builder.Build();
app.MapServiceDefaults();
app.MapSolutionsApi();
app.MapChallengesApi();
app.MapResyncApi();
app.MapOpenDataApi();
app.MapMatchmakingApi();
app.MapOpportunitiesApi();
app.Run();

public partial class Program;
