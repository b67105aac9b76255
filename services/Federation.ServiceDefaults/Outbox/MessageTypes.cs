using System.Text.Json;
using Federation.Contracts.Messaging;

namespace Federation.ServiceDefaults.Outbox;

/// <summary>How outbox rows name and store message types: contracts only, resolved by full name.</summary>
internal static class MessageTypes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Dictionary<string, Type> Known = typeof(TargetedAttribute).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, Namespace: not null } && t.Namespace.StartsWith("Federation.Contracts"))
        .ToDictionary(t => t.FullName!);

    public static string NameOf(Type type) => Known.ContainsKey(type.FullName ?? "")
        ? type.FullName!
        : throw new ArgumentException($"{type} is not a message type of the contracts assembly", nameof(type));

    public static Type Resolve(string name) => Known.TryGetValue(name, out var type)
        ? type
        : throw new InvalidOperationException($"Unknown message type '{name}' in the outbox");

    public static string Serialize(object message) => JsonSerializer.Serialize(message, message.GetType(), Json);

    public static object Deserialize(OutboxMessage row) =>
        JsonSerializer.Deserialize(row.Payload, Resolve(row.MessageType), Json)
        ?? throw new InvalidOperationException($"Outbox row {row.Sequence} holds no message");

    public static bool IsTargeted(Type type) => type.IsDefined(typeof(TargetedAttribute), false);

    public static IEnumerable<Type> Targeted => Known.Values.Where(IsTargeted);
}
