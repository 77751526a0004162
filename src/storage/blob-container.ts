import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';

/** Container names the service uses inside one storage account. */
export const BLOB_CONTAINERS = {
  conversationState: 'bot-state',
  audit: 'audit',
} as const;

/**
 * Opens (and creates when missing) a container from a connection string. Works against Azure
 * Storage and against Azurite ("UseDevelopmentStorage=true" or an explicit BlobEndpoint).
 */
export async function openContainer(connectionString: string, containerName: string): Promise<ContainerClient> {
  const container = BlobServiceClient.fromConnectionString(connectionString).getContainerClient(containerName);
  await container.createIfNotExists();
  return container;
}

/** A connection string for Azurite's well-known development account on a given blob endpoint. */
export function azuriteConnectionString(blobEndpoint: string): string {
  return (
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
    'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
    `BlobEndpoint=${blobEndpoint.replace(/\/$/, '')}/devstoreaccount1;`
  );
}
