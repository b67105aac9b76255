namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// The broadcasts a service sends of its own records (the catalog's listings): its broker hands them back to it with
/// everyone else's, and it acknowledges them without applying anything (no second commit per record). Messages of
/// the same city from another service (the awards results the catalog shows) are still applied.
/// </summary>
public sealed class OwnBroadcasts(IReadOnlyCollection<Type> types)
{
    public bool Contains(Type type) => types.Contains(type);

    public IReadOnlyCollection<Type> Types => types;
}
