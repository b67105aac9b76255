namespace Federation.Catalog.Common;

/// <summary>
/// What solutions and challenges share: identity (owning city, id), a version that grows with
/// every change at the owner, and withdrawal as a tombstone that replicas keep.
/// </summary>
public abstract class CatalogRecord
{
    public Guid Id { get; protected set; }
    public string City { get; protected set; } = "";
    public long Version { get; protected set; }
    public bool Withdrawn { get; protected set; }
    public IReadOnlyDictionary<string, string> Title { get; protected set; } = new Dictionary<string, string>();
    public string Domain { get; protected set; } = "";
    public DateTimeOffset PublishedAt { get; protected set; }
    public DateTimeOffset UpdatedAt { get; protected set; }

    /// <summary>Every language of every searchable field, normalised, with its variants: what search matches against.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The <see cref="CatalogText.Version"/> that made <see cref="SearchText"/>; an older one is made again at start.</summary>
    public int SearchTextVersion { get; private set; }

    /// <summary>The record's searchable fields, in every language (see <see cref="CatalogText.Of"/>).</summary>
    protected abstract IEnumerable<string?>[] SearchableParts();

    /// <summary>Makes <see cref="SearchText"/> again from the record's fields, as this release makes it.</summary>
    public void Reindex() => (SearchText, SearchTextVersion) = (CatalogText.Of(SearchableParts()), CatalogText.Version);

    /// <summary>The broadcast that tells other cities this record's current state: itself, or its tombstone.</summary>
    public object StateEvent() => Withdrawn ? TombstoneEvent() : SnapshotEvent();

    protected abstract object SnapshotEvent();

    protected abstract object TombstoneEvent();

    protected void Open(Guid id, string city, DateTimeOffset now)
    {
        Id = id;
        City = city;
        Version = 1;
        PublishedAt = UpdatedAt = now;
    }

    /// <summary>A change at the owning city: the next version.</summary>
    protected void Revise(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }

    public void Withdraw(DateTimeOffset now)
    {
        Withdrawn = true;
        Revise(now);
    }

    /// <summary>
    /// Why <paramref name="by"/>, a writer of the owning city, may not change or withdraw this record; null when they may.
    /// A record every agency of the city may change says nothing here: the endpoint's policy already admits only them.
    /// </summary>
    public virtual string? ChangeRefusedTo(Actor by) => null;

    /// <summary>Whether a replicated change is newer than what this city holds; older ones are stale.</summary>
    public bool IsOlderThan(long incomingVersion) => incomingVersion > Version;

    /// <summary>Applies a withdrawal from the owning city; also makes a tombstone for a record never seen.</summary>
    public void ApplyTombstone(Guid id, string city, long version, DateTimeOffset at)
    {
        (Id, City, Version, Withdrawn, UpdatedAt) = (id, city, version, true, at);
        if (PublishedAt == default) PublishedAt = at;
    }

    protected void ApplyReplica(Guid id, string city, long version, DateTimeOffset publishedAt, DateTimeOffset updatedAt)
    {
        (Id, City, Version, Withdrawn, PublishedAt, UpdatedAt) = (id, city, version, false, publishedAt, updatedAt);
    }
}
