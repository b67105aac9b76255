using Federation.Catalog.Common;
using Federation.Catalog.Features.Challenges;
using Federation.Catalog.Features.Solutions;
using Microsoft.EntityFrameworkCore;

namespace Federation.Catalog.Tests.Storage;

/// <summary>
/// The catalogue's model without what later migrations added to the records' tables: a context that writes what the
/// first release's schema holds, as a node upgrading holds its records.
/// </summary>
public sealed class FirstReleaseContext(DbContextOptions<CatalogDbContext> options) : CatalogDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.Entity<Solution>().Ignore(nameof(CatalogRecord.SearchTextVersion));
        model.Entity<Challenge>().Ignore(nameof(CatalogRecord.SearchTextVersion));
    }
}
