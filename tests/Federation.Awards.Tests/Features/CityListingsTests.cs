using Federation.Awards.Features.Nominations;
using Federation.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Federation.Awards.Tests.Features;

/// <summary>
/// A nomination whose listing cannot be checked because this city's catalogue is down is "try again",
/// not the agency's fault. (Another city's listing: Federation/NominationTests.)
/// </summary>
public sealed class CityListingsTests
{
    [Fact]
    public async Task A_catalogue_that_does_not_answer_is_unavailable()
    {
        var listings = new CityListings(SilentService.Client<ICatalogApi>("Catalog"), NullLogger<CityListings>.Instance);

        var (solution, _, invalid, unavailable) = await listings.FindAsync(Guid.NewGuid(), "seoul", CancellationToken.None);

        Assert.Null(solution);
        Assert.Null(invalid);
        Assert.Equal(503, unavailable!.StatusCode);
    }
}
