namespace Federation.Contracts;

/// <summary>One page of a list, in the list's stable order.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Total">How many items the whole list holds.</param>
public record ResultPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
