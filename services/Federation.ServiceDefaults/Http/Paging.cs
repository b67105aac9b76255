namespace Federation.ServiceDefaults.Http;

/// <summary>Which page of a list to serve: <c>?page=</c> (from 1) and <c>?pageSize=</c> (at most 100).</summary>
public sealed record Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static Paging Read(InputProblems problems, string? page, string? pageSize) => new(
        problems.WholeNumber("page", page, 1, 1, 100_000),
        problems.WholeNumber("pageSize", pageSize, DefaultPageSize, 1, MaxPageSize));

    /// <summary>This page of a query already in its list's stable order.</summary>
    public IQueryable<T> Of<T>(IQueryable<T> ordered) => ordered.Skip((Page - 1) * PageSize).Take(PageSize);
}
