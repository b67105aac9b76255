// The namespaces most files of this project use, stated once.
global using Federation.Catalog.Common;
global using Federation.Contracts.Catalog;
global using Federation.Members;
global using Federation.ServiceDefaults.Auth;
global using Federation.ServiceDefaults.Hosting;
global using Federation.ServiceDefaults.Http;
global using Federation.ServiceDefaults.Messaging;
global using Federation.ServiceDefaults.Outbox;
global using Federation.ServiceDefaults.Steps;
global using MassTransit;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.EntityFrameworkCore;
