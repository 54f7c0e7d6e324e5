/**
 * The skill taxonomy: every skill Hirelens knows, with the names people write
 * for it and the signs of it in GitHub data. Data only; the lookups that use it
 * live in lookup.ts and text-match.ts.
 *
 * Ids are stable (CONTRACT.md): rename a display name freely, never an id.
 *
 * `implies` holds the inferences a hiring manager makes (scored at a discount,
 * lib/scoring/effective-evidence.ts): every framework implies its language, every
 * web framework the API style it serves (REST, GraphQL or gRPC), a GraphQL or
 * gRPC library is GraphQL or gRPC work. test/unit/skills/implications-audit.test.ts
 * walks the whole taxonomy for these; a new framework must satisfy it.
 * Maven packages are written `groupId:artifactId`; a trailing `*` is a prefix.
 */
import { z } from 'zod';
import { Skill, type SkillCategory } from './schema';

type SkillInput = z.input<typeof Skill>;
type Extra = Omit<SkillInput, 'id' | 'name' | 'category'>;

function skill(id: string, name: string, category: SkillCategory, extra: Extra = {}): SkillInput {
  return { id, name, category, ...extra };
}

const RAW: readonly SkillInput[] = [
  // ── languages ────────────────────────────────────────────────────────────
  skill('python', 'Python', 'language', {
    aliases: ['Python 3', 'Python3', 'CPython'],
    detect: {
      files: ['requirements.txt', 'pyproject.toml', 'setup.py', 'setup.cfg', 'Pipfile', 'poetry.lock', '*.py'],
      githubLanguages: ['Python'],
      topics: ['python', 'python3'],
    },
  }),
  skill('javascript', 'JavaScript', 'language', {
    aliases: ['JS', 'ECMAScript', 'ES6', 'Vanilla JS'],
    detect: { files: ['*.js', '*.mjs', '*.cjs'], githubLanguages: ['JavaScript'], topics: ['javascript', 'js', 'es6'] },
  }),
  skill('typescript', 'TypeScript', 'language', {
    aliases: ['TS'],
    implies: ['javascript'],
    detect: {
      packages: { npm: ['typescript'] },
      files: ['tsconfig.json', '*.ts', '*.tsx'],
      githubLanguages: ['TypeScript'],
      topics: ['typescript'],
    },
  }),
  skill('nodejs', 'Node.js', 'language', {
    aliases: ['Node', 'NodeJS', 'Node JS', 'Node.js runtime'],
    implies: ['javascript'],
    detect: {
      packages: { npm: ['@types/node', 'nodemon', 'dotenv', 'koa', 'hapi', '@hapi/hapi'] },
      files: ['.nvmrc', '.node-version'],
      topics: ['nodejs', 'node', 'node-js'],
    },
  }),
  skill('java', 'Java', 'language', {
    aliases: ['Java SE', 'Java EE', 'Jakarta EE', 'J2EE', 'Core Java', 'JVM'],
    detect: {
      files: ['pom.xml', 'build.gradle', 'build.gradle.kts', 'gradlew', '*.java'],
      githubLanguages: ['Java'],
      topics: ['java', 'jvm'],
    },
  }),
  skill('go', 'Go', 'language', {
    aliases: ['Golang', 'Go language', 'Go programming', 'Go lang'],
    detect: { files: ['go.mod', 'go.sum', '*.go'], githubLanguages: ['Go'], topics: ['go', 'golang'] },
  }),
  skill('php', 'PHP', 'language', {
    aliases: ['PHP 8', 'PHP7'],
    detect: { files: ['composer.json', '*.php'], githubLanguages: ['PHP', 'Hack'], topics: ['php'] },
  }),
  skill('ruby', 'Ruby', 'language', {
    aliases: ['Ruby language'],
    detect: { files: ['Gemfile', 'Gemfile.lock', '*.rb', '*.gemspec'], githubLanguages: ['Ruby'], topics: ['ruby'] },
  }),
  skill('csharp', 'C#', 'language', {
    aliases: ['C Sharp', 'CSharp', 'C#.NET', 'Visual C#'],
    detect: { files: ['*.cs', '*.csproj', '*.sln'], githubLanguages: ['C#'], topics: ['csharp', 'c-sharp'] },
  }),
  skill('kotlin', 'Kotlin', 'language', {
    implies: [],
    detect: { files: ['*.kt', '*.kts'], githubLanguages: ['Kotlin'], topics: ['kotlin'] },
  }),
  skill('swift', 'Swift', 'language', {
    aliases: ['Swift language', 'SwiftUI'],
    detect: { files: ['Package.swift', '*.swift'], githubLanguages: ['Swift'], topics: ['swift', 'swiftui'] },
  }),
  skill('rust', 'Rust', 'language', {
    aliases: ['Rust language', 'Rustlang'],
    detect: { files: ['Cargo.toml', '*.rs'], githubLanguages: ['Rust'], topics: ['rust', 'rust-lang'] },
  }),
  skill('c', 'C', 'language', {
    aliases: ['C language', 'C programming', 'ANSI C', 'Embedded C', 'C99', 'C11', 'C/C++'],
    detect: { files: ['*.c', '*.h'], githubLanguages: ['C'], topics: ['c', 'c-language'] },
  }),
  skill('cpp', 'C++', 'language', {
    aliases: ['CPP', 'C plus plus', 'C++11', 'C++14', 'C++17', 'C++20', 'Modern C++', 'C/C++'],
    detect: { files: ['*.cpp', '*.cc', '*.hpp', '*.cxx', 'CMakeLists.txt'], githubLanguages: ['C++'], topics: ['cpp', 'cplusplus', 'c-plus-plus'] },
  }),
  skill('scala', 'Scala', 'language', {
    detect: { files: ['build.sbt', '*.scala'], githubLanguages: ['Scala'], topics: ['scala'] },
  }),
  skill('elixir', 'Elixir', 'language', {
    detect: { files: ['mix.exs', '*.ex', '*.exs'], githubLanguages: ['Elixir'], topics: ['elixir'] },
  }),
  skill('erlang', 'Erlang', 'language', {
    aliases: ['Erlang/OTP'],
    detect: { files: ['rebar.config', '*.erl'], githubLanguages: ['Erlang'], topics: ['erlang'] },
  }),
  skill('dart', 'Dart', 'language', {
    detect: { files: ['pubspec.yaml', '*.dart'], githubLanguages: ['Dart'], topics: ['dart'] },
  }),
  skill('r', 'R', 'language', {
    aliases: ['R language', 'R programming', 'RStudio', 'R Shiny'],
    detect: { files: ['*.R', '*.Rmd'], githubLanguages: ['R', 'RMarkdown'], topics: ['r', 'rstats', 'r-lang'] },
  }),
  skill('shell', 'Shell scripting', 'language', {
    aliases: ['Bash', 'Shell', 'Shell Scripting', 'Bash scripting', 'Zsh', 'PowerShell', 'sh'],
    detect: { files: ['*.sh', '*.bash', '*.ps1'], githubLanguages: ['Shell', 'PowerShell'], topics: ['bash', 'shell', 'powershell'] },
  }),
  skill('sql', 'SQL', 'language', {
    aliases: ['Structured Query Language', 'PL/SQL', 'SQL queries', 'Relational databases', 'RDBMS'],
    detect: { files: ['*.sql'], githubLanguages: ['SQL', 'PLSQL'], topics: ['sql', 'rdbms'] },
  }),

  // ── backend frameworks ───────────────────────────────────────────────────
  // Each implies its language and the API style it serves: building on a web
  // framework is API work, so REST counts at the implication discount.
  // Django REST framework comes before Django: a label naming it reads as DRF,
  // while text and manifests naming it count for both (it is Django code).
  skill('django-rest-framework', 'Django REST framework', 'framework', {
    aliases: ['Django REST Framework', 'DRF', 'djangorestframework'],
    implies: ['django', 'rest'],
    detect: {
      packages: { pypi: ['djangorestframework', 'drf-*', 'djangorestframework-*'] },
      topics: ['django-rest-framework', 'djangorestframework', 'drf'],
    },
  }),
  skill('django', 'Django', 'framework', {
    aliases: ['Django REST Framework', 'DRF', 'Django ORM'],
    implies: ['python', 'rest'],
    detect: {
      packages: { pypi: ['django', 'djangorestframework', 'django-*'] },
      files: ['manage.py'],
      topics: ['django', 'django-rest-framework'],
    },
  }),
  skill('flask', 'Flask', 'framework', {
    aliases: ['Flask framework'],
    implies: ['python', 'rest'],
    detect: { packages: { pypi: ['flask', 'flask-*'] }, topics: ['flask'] },
  }),
  skill('fastapi', 'FastAPI', 'framework', {
    aliases: ['Fast API'],
    implies: ['python', 'rest'],
    detect: { packages: { pypi: ['fastapi'] }, topics: ['fastapi'] },
  }),
  skill('express', 'Express', 'framework', {
    aliases: ['Express.js', 'ExpressJS', 'Express JS'],
    implies: ['nodejs', 'rest'],
    detect: { packages: { npm: ['express'] }, topics: ['express', 'expressjs'] },
  }),
  skill('nestjs', 'NestJS', 'framework', {
    aliases: ['Nest.js', 'Nest JS'],
    implies: ['nodejs', 'typescript', 'rest'],
    detect: { packages: { npm: ['@nestjs/*'] }, files: ['nest-cli.json'], topics: ['nestjs'] },
  }),
  skill('fastify', 'Fastify', 'framework', {
    implies: ['nodejs', 'rest'],
    detect: { packages: { npm: ['fastify'] }, topics: ['fastify'] },
  }),
  skill('koa', 'Koa', 'framework', {
    aliases: ['Koa.js', 'KoaJS'],
    implies: ['nodejs', 'rest'],
    detect: { packages: { npm: ['koa', '@koa/router', 'koa-router'] }, topics: ['koa', 'koajs'] },
  }),
  skill('hapi', 'hapi', 'framework', {
    aliases: ['hapi.js', 'HapiJS'],
    implies: ['nodejs', 'rest'],
    detect: { packages: { npm: ['@hapi/hapi', 'hapi'] }, topics: ['hapijs'] },
  }),
  skill('spring-boot', 'Spring Boot', 'framework', {
    aliases: ['Spring', 'Spring Framework', 'SpringBoot', 'Spring MVC', 'Spring Cloud', 'Spring Data'],
    implies: ['java', 'rest'],
    detect: {
      packages: { maven: ['org.springframework.boot:*', 'org.springframework:*', 'org.springframework.cloud:*'] },
      topics: ['spring-boot', 'spring', 'springboot', 'spring-framework'],
    },
  }),
  skill('quarkus', 'Quarkus', 'framework', {
    implies: ['java', 'rest'],
    detect: { packages: { maven: ['io.quarkus:*'] }, topics: ['quarkus'] },
  }),
  skill('laravel', 'Laravel', 'framework', {
    implies: ['php', 'rest'],
    detect: { packages: { composer: ['laravel/*'] }, files: ['artisan'], topics: ['laravel'] },
  }),
  skill('symfony', 'Symfony', 'framework', {
    implies: ['php', 'rest'],
    detect: { packages: { composer: ['symfony/*'] }, topics: ['symfony'] },
  }),
  skill('rails', 'Ruby on Rails', 'framework', {
    aliases: ['Rails', 'RoR'],
    implies: ['ruby', 'rest'],
    detect: { packages: { rubygems: ['rails', 'railties', 'activerecord'] }, files: ['config/routes.rb'], topics: ['rails', 'ruby-on-rails'] },
  }),
  skill('aspnet', 'ASP.NET', 'framework', {
    aliases: ['ASP.NET Core', '.NET', '.NET Core', 'dotnet', 'ASP.NET MVC', '.NET Framework', 'Entity Framework', 'Web API'],
    implies: ['csharp', 'rest'],
    detect: {
      packages: { nuget: ['Microsoft.AspNetCore*', 'Microsoft.EntityFrameworkCore*'] },
      topics: ['aspnet', 'aspnetcore', 'asp-net-core', 'dotnet', 'dotnet-core'],
    },
  }),
  skill('gin', 'Gin', 'framework', {
    aliases: ['Gin Gonic', 'Gin framework'],
    implies: ['go', 'rest'],
    detect: { packages: { go: ['github.com/gin-gonic/gin'] }, topics: ['gin', 'gin-gonic'] },
  }),
  skill('echo', 'Echo', 'framework', {
    aliases: ['Echo framework', 'Labstack Echo'],
    implies: ['go', 'rest'],
    detect: { packages: { go: ['github.com/labstack/echo*'] }, topics: ['labstack-echo', 'echo-framework'] },
  }),
  skill('fiber', 'Fiber', 'framework', {
    aliases: ['GoFiber', 'Go Fiber', 'Fiber framework'],
    implies: ['go', 'rest'],
    detect: { packages: { go: ['github.com/gofiber/fiber*'] }, topics: ['gofiber', 'fiber-framework'] },
  }),
  skill('phoenix', 'Phoenix', 'framework', {
    aliases: ['Phoenix Framework'],
    implies: ['elixir', 'rest'],
    detect: { packages: {}, topics: ['phoenix-framework'] },
  }),

  // ── data access ──────────────────────────────────────────────────────────
  skill('orm', 'ORMs', 'database', {
    aliases: ['ORM', 'SQLAlchemy', 'Hibernate', 'JPA', 'Prisma', 'TypeORM', 'Sequelize', 'ActiveRecord', 'GORM', 'Doctrine'],
    implies: ['sql'],
    detect: {
      packages: {
        pypi: ['sqlalchemy', 'alembic', 'peewee'],
        npm: ['prisma', '@prisma/client', 'typeorm', 'sequelize', 'knex', 'drizzle-orm'],
        maven: ['org.hibernate:*', 'org.hibernate.orm:*', 'jakarta.persistence:*'],
        go: ['gorm.io/gorm'],
        composer: ['doctrine/orm'],
      },
      files: ['prisma/schema.prisma', 'alembic.ini'],
      topics: ['orm', 'sqlalchemy', 'prisma', 'hibernate'],
    },
  }),

  // ── databases ────────────────────────────────────────────────────────────
  skill('postgresql', 'PostgreSQL', 'database', {
    aliases: ['Postgres', 'psql', 'PostGIS', 'PL/pgSQL', 'Postgre SQL', 'Amazon Aurora PostgreSQL'],
    implies: ['sql'],
    detect: {
      packages: {
        pypi: ['psycopg', 'psycopg2', 'psycopg2-binary', 'asyncpg'],
        npm: ['pg', 'postgres', 'pg-promise'],
        maven: ['org.postgresql:postgresql'],
        go: ['github.com/lib/pq', 'github.com/jackc/pgx*'],
        rubygems: ['pg'],
        nuget: ['Npgsql*'],
        cargo: ['tokio-postgres', 'postgres'],
      },
      githubLanguages: ['PLpgSQL'],
      topics: ['postgresql', 'postgres', 'postgis'],
    },
  }),
  skill('mysql', 'MySQL', 'database', {
    aliases: ['MariaDB', 'Aurora MySQL'],
    implies: ['sql'],
    detect: {
      packages: {
        pypi: ['mysqlclient', 'pymysql', 'mysql-connector-python'],
        npm: ['mysql', 'mysql2'],
        maven: ['mysql:mysql-connector-java', 'com.mysql:mysql-connector-j', 'org.mariadb.jdbc:*'],
        go: ['github.com/go-sql-driver/mysql'],
        rubygems: ['mysql2'],
        nuget: ['MySql.Data', 'MySqlConnector'],
      },
      topics: ['mysql', 'mariadb'],
    },
  }),
  skill('sql-server', 'Microsoft SQL Server', 'database', {
    aliases: ['SQL Server', 'MSSQL', 'MS SQL', 'MS SQL Server', 'Azure SQL', 'T-SQL'],
    implies: ['sql'],
    detect: {
      packages: {
        pypi: ['pyodbc', 'pymssql'],
        npm: ['mssql', 'tedious'],
        maven: ['com.microsoft.sqlserver:*'],
        nuget: ['Microsoft.Data.SqlClient', 'System.Data.SqlClient'],
        go: ['github.com/denisenkom/go-mssqldb', 'github.com/microsoft/go-mssqldb'],
      },
      githubLanguages: ['TSQL'],
      topics: ['sql-server', 'mssql', 'sqlserver'],
    },
  }),
  skill('oracle-db', 'Oracle Database', 'database', {
    aliases: ['Oracle DB', 'Oracle SQL', 'Oracle 19c', 'Oracle RDBMS'],
    implies: ['sql'],
    detect: {
      packages: { pypi: ['cx-oracle', 'oracledb'], npm: ['oracledb'], maven: ['com.oracle.database.jdbc:*'] },
      githubLanguages: ['PLSQL'],
      topics: ['oracle-database', 'oracle-db'],
    },
  }),
  skill('sqlite', 'SQLite', 'database', {
    aliases: ['SQLite3'],
    implies: ['sql'],
    detect: {
      packages: { npm: ['sqlite3', 'better-sqlite3'], cargo: ['rusqlite'], go: ['github.com/mattn/go-sqlite3'], rubygems: ['sqlite3'] },
      files: ['*.sqlite', '*.sqlite3'],
      topics: ['sqlite', 'sqlite3'],
    },
  }),
  skill('mongodb', 'MongoDB', 'database', {
    aliases: ['Mongo', 'Mongoose', 'MongoDB Atlas'],
    detect: {
      packages: {
        pypi: ['pymongo', 'motor', 'mongoengine'],
        npm: ['mongodb', 'mongoose'],
        maven: ['org.mongodb:*'],
        go: ['go.mongodb.org/mongo-driver*'],
        rubygems: ['mongoid', 'mongo'],
        nuget: ['MongoDB.Driver'],
      },
      topics: ['mongodb', 'mongo', 'mongoose'],
    },
  }),
  skill('redis', 'Redis', 'database', {
    aliases: ['Redis Cache', 'ElastiCache', 'Valkey'],
    detect: {
      packages: {
        pypi: ['redis', 'aioredis', 'django-redis'],
        npm: ['redis', 'ioredis'],
        maven: ['redis.clients:jedis', 'io.lettuce:*', 'org.redisson:*'],
        go: ['github.com/redis/go-redis*', 'github.com/go-redis/redis*', 'github.com/gomodule/redigo'],
        rubygems: ['redis'],
        nuget: ['StackExchange.Redis'],
        cargo: ['redis'],
      },
      topics: ['redis'],
    },
  }),
  skill('cassandra', 'Apache Cassandra', 'database', {
    aliases: ['Cassandra', 'ScyllaDB', 'CQL'],
    detect: {
      packages: {
        pypi: ['cassandra-driver'],
        npm: ['cassandra-driver'],
        maven: ['com.datastax.oss:*', 'com.datastax.cassandra:*'],
        go: ['github.com/gocql/gocql'],
      },
      topics: ['cassandra', 'scylladb'],
    },
  }),
  skill('dynamodb', 'Amazon DynamoDB', 'database', {
    aliases: ['DynamoDB', 'Dynamo DB'],
    implies: ['aws'],
    detect: { packages: { npm: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', 'dynamoose'], pypi: ['pynamodb'] }, topics: ['dynamodb'] },
  }),
  skill('elasticsearch', 'Elasticsearch', 'database', {
    aliases: ['Elastic Search', 'OpenSearch', 'ELK', 'ELK Stack', 'Elastic Stack'],
    detect: {
      packages: {
        pypi: ['elasticsearch', 'opensearch-py'],
        npm: ['@elastic/elasticsearch', '@opensearch-project/opensearch'],
        maven: ['org.elasticsearch.client:*', 'co.elastic.clients:*'],
        go: ['github.com/elastic/go-elasticsearch*', 'github.com/olivere/elastic*'],
      },
      topics: ['elasticsearch', 'opensearch', 'elk'],
    },
  }),
  skill('neo4j', 'Neo4j', 'database', {
    aliases: ['Cypher', 'Graph databases'],
    detect: { packages: { pypi: ['neo4j'], npm: ['neo4j-driver'] }, topics: ['neo4j'] },
  }),
  skill('memcached', 'Memcached', 'caching', {
    aliases: ['memcache'],
    detect: {
      packages: { pypi: ['pymemcache', 'python-memcached', 'pylibmc'], npm: ['memcached', 'memjs'], go: ['github.com/bradfitz/gomemcache*'], rubygems: ['dalli'] },
      topics: ['memcached'],
    },
  }),
  skill('caching', 'Caching', 'caching', {
    aliases: ['Caching strategies', 'Cache', 'CDN', 'Varnish'],
    detect: { topics: ['cache', 'caching'] },
  }),

  // ── APIs ─────────────────────────────────────────────────────────────────
  skill('rest', 'REST APIs', 'api', {
    aliases: ['REST', 'RESTful', 'RESTful API', 'RESTful APIs', 'REST API', 'RESTful Web Services', 'REST API design', 'OpenAPI', 'Swagger', 'API design', 'Web APIs'],
    detect: {
      packages: { npm: ['swagger-ui-express', '@nestjs/swagger', 'openapi-types'], pypi: ['drf-spectacular', 'flask-restful'], maven: ['org.springdoc:*', 'io.swagger*'] },
      files: ['openapi.yaml', 'openapi.yml', 'openapi.json', 'swagger.json', 'swagger.yaml', 'swagger.yml'],
      topics: ['rest', 'rest-api', 'restful', 'restful-api', 'openapi', 'swagger'],
    },
  }),
  // GraphQL and gRPC libraries are detected as the API style itself (a server
  // library is direct evidence, not an inference); the audit test checks that
  // every such library in the taxonomy resolves to graphql or grpc.
  skill('graphql', 'GraphQL', 'api', {
    aliases: ['Apollo', 'Apollo GraphQL', 'Graph QL', 'Apollo Server', 'HotChocolate', 'Strawberry GraphQL', 'gqlgen', 'Netflix DGS'],
    detect: {
      packages: {
        npm: [
          'graphql', 'graphql-*', '@graphql-tools/*', '@graphql-yoga/*', '@apollo/server', '@apollo/subgraph', 'apollo-server', 'apollo-server-*',
          '@apollo/client', 'graphql-yoga', 'type-graphql', 'mercurius', '@nestjs/graphql', 'express-graphql', 'nexus', '@pothos/core',
        ],
        pypi: ['graphene', 'graphene-*', 'strawberry-graphql', 'strawberry-graphql-*', 'ariadne', 'tartiflette', 'gql'],
        maven: [
          'com.graphql-java:*', 'com.graphql-java-kickstart:*', 'com.netflix.graphql.dgs:*', 'org.springframework.graphql:*',
          'org.springframework.boot:spring-boot-starter-graphql', 'io.leangen.graphql:*', 'com.expediagroup:graphql-kotlin-*',
        ],
        go: ['github.com/99designs/gqlgen', 'github.com/graphql-go/graphql', 'github.com/graph-gophers/graphql-go'],
        rubygems: ['graphql', 'graphql-*'],
        nuget: ['HotChocolate*', 'GraphQL', 'GraphQL.*'],
        composer: ['webonyx/graphql-php', 'nuwave/lighthouse', 'rebing/graphql-laravel', 'overblog/graphql-bundle'],
        cargo: ['async-graphql', 'async-graphql-*', 'juniper', 'juniper_*'],
      },
      files: ['*.graphql', '*.gql', 'schema.graphql'],
      topics: ['graphql', 'apollo', 'apollo-server'],
    },
  }),
  skill('grpc', 'gRPC', 'api', {
    aliases: ['Protocol Buffers', 'Protobuf', 'gRPC-Web', 'Connect RPC', 'ConnectRPC'],
    detect: {
      packages: {
        npm: ['@grpc/*', 'grpc', 'grpc-web', 'nice-grpc', 'nice-grpc-*', '@connectrpc/*', 'google-protobuf', '@bufbuild/protobuf'],
        pypi: ['grpcio', 'grpcio-*', 'grpclib', 'protobuf', 'betterproto'],
        maven: ['io.grpc:*', 'com.google.protobuf:*', 'net.devh:grpc-*'],
        go: ['google.golang.org/grpc', 'google.golang.org/protobuf', 'github.com/grpc-ecosystem/*', 'connectrpc.com/connect', 'github.com/bufbuild/connect-go'],
        rubygems: ['grpc', 'grpc-tools', 'gruf'],
        composer: ['grpc/grpc', 'spiral/roadrunner-grpc'],
        nuget: ['Grpc*', 'Google.Protobuf'],
        cargo: ['tonic', 'tonic-*', 'prost', 'grpcio'],
      },
      files: ['*.proto', 'buf.yaml'],
      topics: ['grpc', 'protobuf', 'protocol-buffers'],
    },
  }),
  skill('websockets', 'WebSockets', 'api', {
    aliases: ['WebSocket', 'Socket.IO', 'SignalR'],
    detect: { packages: { npm: ['ws', 'socket.io'], pypi: ['websockets', 'channels'], nuget: ['Microsoft.AspNetCore.SignalR*'] }, topics: ['websocket', 'websockets', 'socket-io'] },
  }),

  // ── cloud & serverless ───────────────────────────────────────────────────
  skill('aws', 'Amazon Web Services', 'cloud', {
    aliases: ['AWS', 'Amazon AWS', 'EC2', 'Amazon EC2', 'Amazon S3', 'AWS S3', 'Amazon RDS', 'Amazon ECS', 'Amazon EKS', 'AWS Cloud'],
    detect: {
      packages: {
        npm: ['aws-sdk', '@aws-sdk/*', 'aws-cdk-lib', 'aws-cdk'],
        pypi: ['boto3', 'botocore', 'aws-cdk-lib', 'awscli'],
        maven: ['software.amazon.awssdk:*', 'com.amazonaws:*'],
        go: ['github.com/aws/aws-sdk-go*'],
        nuget: ['AWSSDK*'],
        rubygems: ['aws-sdk*'],
        cargo: ['aws-sdk-*', 'aws-config'],
      },
      files: ['cdk.json', 'samconfig.toml', 'buildspec.yml'],
      topics: ['aws', 'amazon-web-services', 'aws-s3', 'aws-ec2', 'aws-cdk'],
    },
  }),
  skill('gcp', 'Google Cloud Platform', 'cloud', {
    aliases: ['GCP', 'Google Cloud', 'Google Cloud Platform (GCP)', 'Google Kubernetes Engine', 'GKE', 'Cloud Run', 'App Engine', 'Google App Engine'],
    detect: {
      packages: {
        npm: ['@google-cloud/*', 'firebase-admin'],
        pypi: ['google-cloud-*', 'google-api-core'],
        maven: ['com.google.cloud:*'],
        go: ['cloud.google.com/go*'],
      },
      files: ['cloudbuild.yaml', 'cloudbuild.yml'],
      topics: ['gcp', 'google-cloud', 'google-cloud-platform', 'cloud-run'],
    },
  }),
  skill('azure', 'Microsoft Azure', 'cloud', {
    aliases: ['Azure', 'Azure Cloud', 'Azure DevOps', 'AKS', 'Azure App Service'],
    detect: {
      packages: { npm: ['@azure/*'], pypi: ['azure-*'], maven: ['com.azure:*', 'com.microsoft.azure:*'], nuget: ['Azure.*', 'Microsoft.Azure.*'], go: ['github.com/Azure/azure-sdk-for-go*'] },
      files: ['azure-pipelines.yml', 'azure.yaml', '*.bicep'],
      topics: ['azure', 'microsoft-azure', 'azure-devops'],
    },
  }),
  skill('heroku', 'Heroku', 'cloud', {
    detect: { files: ['Procfile'], topics: ['heroku'] },
  }),
  skill('serverless', 'Serverless architecture', 'serverless', {
    aliases: ['Serverless', 'Serverless Framework', 'FaaS', 'Functions as a Service'],
    implies: [],
    detect: {
      packages: { npm: ['serverless', 'serverless-offline', '@serverless/*'] },
      files: ['serverless.yml', 'serverless.yaml', 'serverless.ts'],
      topics: ['serverless', 'serverless-framework', 'faas'],
    },
  }),
  skill('aws-lambda', 'AWS Lambda', 'serverless', {
    aliases: ['Lambda', 'Lambda functions', 'AWS SAM', 'Amazon Lambda'],
    implies: ['aws', 'serverless'],
    detect: {
      packages: { npm: ['@types/aws-lambda', '@aws-sdk/client-lambda', 'middy', '@middy/core'], pypi: ['aws-lambda-powertools', 'chalice', 'mangum', 'zappa'], maven: ['com.amazonaws:aws-lambda-java-core'], go: ['github.com/aws/aws-lambda-go'] },
      topics: ['aws-lambda', 'lambda', 'aws-sam'],
    },
  }),
  skill('cloud-functions', 'Cloud Functions', 'serverless', {
    aliases: ['Google Cloud Functions', 'Firebase Functions', 'Azure Functions', 'Cloudflare Workers'],
    implies: ['serverless'],
    detect: {
      packages: { npm: ['@google-cloud/functions-framework', 'firebase-functions', '@azure/functions', 'wrangler'], pypi: ['functions-framework', 'azure-functions'] },
      files: ['host.json', 'wrangler.toml'],
      topics: ['cloud-functions', 'google-cloud-functions', 'azure-functions', 'firebase-functions', 'cloudflare-workers'],
    },
  }),

  // ── containers & infrastructure ──────────────────────────────────────────
  skill('docker', 'Docker', 'container', {
    aliases: ['Docker Compose', 'Containers', 'Containerization', 'Dockerfile', 'Podman'],
    detect: {
      files: ['Dockerfile', 'Dockerfile.*', 'docker-compose.*', 'docker-compose.yml', 'docker-compose.yaml', 'compose.yaml', 'compose.yml', '.dockerignore', '*.dockerfile', 'Containerfile'],
      githubLanguages: ['Dockerfile'],
      topics: ['docker', 'docker-compose', 'dockerfile', 'containers'],
    },
  }),
  skill('kubernetes', 'Kubernetes', 'container', {
    aliases: ['K8s', 'kubectl', 'OpenShift', 'EKS', 'Kustomize'],
    implies: ['docker'],
    detect: {
      packages: { go: ['k8s.io/*', 'sigs.k8s.io/*'], pypi: ['kubernetes'], npm: ['@kubernetes/client-node'] },
      files: ['k8s/', 'kubernetes/', 'kustomization.yaml', 'kustomization.yml', 'skaffold.yaml'],
      topics: ['kubernetes', 'k8s', 'kubectl', 'openshift'],
    },
  }),
  skill('helm', 'Helm', 'container', {
    aliases: ['Helm charts', 'Helm chart'],
    implies: ['kubernetes'],
    detect: { files: ['Chart.yaml', 'charts/', 'helmfile.yaml'], topics: ['helm', 'helm-chart', 'helm-charts'] },
  }),
  skill('terraform', 'Terraform', 'infrastructure-as-code', {
    aliases: ['HashiCorp Terraform', 'OpenTofu', 'HCL', 'Terragrunt', 'Infrastructure as Code', 'IaC'],
    detect: {
      files: ['*.tf', '*.tfvars', '.terraform.lock.hcl', 'terragrunt.hcl'],
      githubLanguages: ['HCL'],
      topics: ['terraform', 'opentofu', 'terragrunt', 'infrastructure-as-code', 'iac'],
    },
  }),
  skill('ansible', 'Ansible', 'infrastructure-as-code', {
    aliases: ['Ansible playbooks', 'Red Hat Ansible'],
    detect: { packages: { pypi: ['ansible', 'ansible-core'] }, files: ['ansible.cfg', 'playbook.yml', 'playbook.yaml', 'playbooks/'], topics: ['ansible', 'ansible-playbook', 'ansible-role'] },
  }),
  skill('pulumi', 'Pulumi', 'infrastructure-as-code', {
    detect: { packages: { npm: ['@pulumi/*'], pypi: ['pulumi', 'pulumi-*'], go: ['github.com/pulumi/*'] }, files: ['Pulumi.yaml'], topics: ['pulumi'] },
  }),
  skill('cloudformation', 'AWS CloudFormation', 'infrastructure-as-code', {
    aliases: ['CloudFormation', 'AWS CDK', 'CDK'],
    implies: ['aws'],
    detect: { packages: { npm: ['aws-cdk-lib'], pypi: ['aws-cdk-lib'] }, files: ['cdk.json'], topics: ['cloudformation', 'aws-cdk'] },
  }),
  skill('linux', 'Linux', 'platform', {
    aliases: ['Unix', 'Ubuntu', 'Debian', 'Red Hat', 'RHEL', 'CentOS', 'Linux administration', 'systemd'],
    detect: { topics: ['linux', 'unix', 'ubuntu', 'systemd'] },
  }),
  skill('nginx', 'Nginx', 'platform', {
    aliases: ['NGINX', 'Apache HTTP Server', 'HAProxy', 'Load balancing', 'Reverse proxy'],
    detect: { files: ['nginx.conf', 'nginx/'], topics: ['nginx', 'haproxy', 'load-balancer', 'reverse-proxy'] },
  }),

  // ── CI/CD & version control ──────────────────────────────────────────────
  skill('ci-cd', 'CI/CD', 'ci-cd', {
    aliases: ['CI/CD', 'CICD', 'Continuous Integration', 'Continuous Delivery', 'Continuous Deployment', 'CI/CD pipelines', 'Travis CI', 'CircleCI', 'Argo CD', 'ArgoCD', 'Bitbucket Pipelines', 'TeamCity'],
    detect: {
      files: ['.github/workflows/', '.gitlab-ci.yml', 'Jenkinsfile', '.circleci/', '.travis.yml', 'azure-pipelines.yml', 'bitbucket-pipelines.yml', '.drone.yml', 'buildspec.yml', 'cloudbuild.yaml', '.buildkite/'],
      topics: ['ci-cd', 'cicd', 'continuous-integration', 'continuous-delivery', 'continuous-deployment', 'argocd', 'gitops'],
    },
  }),
  skill('github-actions', 'GitHub Actions', 'ci-cd', {
    aliases: ['GH Actions'],
    implies: ['ci-cd'],
    detect: { files: ['.github/workflows/', 'action.yml', 'action.yaml'], topics: ['github-actions', 'github-action'] },
  }),
  skill('gitlab-ci', 'GitLab CI', 'ci-cd', {
    aliases: ['GitLab CI/CD', 'GitLab Pipelines'],
    implies: ['ci-cd'],
    detect: { files: ['.gitlab-ci.yml'], topics: ['gitlab-ci'] },
  }),
  skill('jenkins', 'Jenkins', 'ci-cd', {
    aliases: ['Jenkins pipelines'],
    implies: ['ci-cd'],
    detect: { files: ['Jenkinsfile'], topics: ['jenkins', 'jenkins-pipeline'] },
  }),
  skill('git', 'Git', 'version-control', {
    aliases: ['GitHub', 'GitLab', 'Bitbucket', 'Version control', 'Git flow', 'Gitflow'],
    detect: { files: ['.gitignore', '.gitattributes'], topics: ['git'] },
  }),

  // ── messaging ────────────────────────────────────────────────────────────
  skill('kafka', 'Apache Kafka', 'messaging', {
    aliases: ['Kafka', 'Kafka Streams', 'Confluent', 'Amazon MSK', 'Redpanda'],
    detect: {
      packages: {
        npm: ['kafkajs', 'node-rdkafka', '@confluentinc/kafka-javascript'],
        pypi: ['kafka-python', 'confluent-kafka', 'aiokafka', 'faust'],
        maven: ['org.apache.kafka:*', 'org.springframework.kafka:*'],
        go: ['github.com/segmentio/kafka-go', 'github.com/IBM/sarama', 'github.com/Shopify/sarama', 'github.com/confluentinc/confluent-kafka-go*'],
        nuget: ['Confluent.Kafka'],
        rubygems: ['ruby-kafka', 'karafka'],
        cargo: ['rdkafka'],
      },
      topics: ['kafka', 'apache-kafka', 'kafka-streams', 'confluent'],
    },
  }),
  skill('rabbitmq', 'RabbitMQ', 'messaging', {
    aliases: ['Rabbit MQ', 'AMQP'],
    detect: {
      packages: {
        npm: ['amqplib', 'amqp-connection-manager'],
        pypi: ['pika', 'aio-pika', 'kombu'],
        maven: ['com.rabbitmq:*', 'org.springframework.amqp:*'],
        go: ['github.com/rabbitmq/amqp091-go', 'github.com/streadway/amqp'],
        nuget: ['RabbitMQ.Client'],
        rubygems: ['bunny'],
      },
      topics: ['rabbitmq', 'amqp'],
    },
  }),
  skill('sqs', 'Amazon SQS', 'messaging', {
    aliases: ['SQS', 'AWS SQS', 'Amazon SNS', 'SNS'],
    implies: ['aws'],
    detect: { packages: { npm: ['@aws-sdk/client-sqs', '@aws-sdk/client-sns', 'sqs-consumer'] }, topics: ['sqs', 'aws-sqs'] },
  }),
  skill('nats', 'NATS', 'messaging', {
    detect: { packages: { npm: ['nats'], go: ['github.com/nats-io/nats.go'], pypi: ['nats-py'] }, topics: ['nats'] },
  }),
  skill('celery', 'Celery', 'messaging', {
    aliases: ['Celery workers'],
    implies: ['python'],
    detect: { packages: { pypi: ['celery'] }, topics: ['celery'] },
  }),

  // ── testing ──────────────────────────────────────────────────────────────
  skill('jest', 'Jest', 'testing', {
    implies: ['javascript'],
    detect: { packages: { npm: ['jest', 'ts-jest', '@jest/*'] }, files: ['jest.config.js', 'jest.config.ts'], topics: ['jest'] },
  }),
  skill('vitest', 'Vitest', 'testing', {
    implies: ['javascript'],
    detect: { packages: { npm: ['vitest'] }, files: ['vitest.config.ts', 'vitest.config.js'], topics: ['vitest'] },
  }),
  skill('mocha', 'Mocha', 'testing', {
    aliases: ['Chai', 'Mocha/Chai'],
    implies: ['javascript'],
    detect: { packages: { npm: ['mocha', 'chai'] }, files: ['.mocharc.json', '.mocharc.yml'], topics: ['mocha'] },
  }),
  skill('pytest', 'pytest', 'testing', {
    aliases: ['PyTest', 'unittest'],
    implies: ['python'],
    detect: { packages: { pypi: ['pytest', 'pytest-*'] }, files: ['pytest.ini', 'conftest.py', 'tox.ini'], topics: ['pytest'] },
  }),
  skill('junit', 'JUnit', 'testing', {
    aliases: ['JUnit 5', 'JUnit5', 'Mockito', 'TestNG'],
    implies: ['java'],
    detect: { packages: { maven: ['junit:junit', 'org.junit.jupiter:*', 'org.junit:*', 'org.mockito:*', 'org.testng:*'] }, topics: ['junit', 'junit5', 'mockito'] },
  }),
  skill('rspec', 'RSpec', 'testing', {
    implies: ['ruby'],
    detect: { packages: { rubygems: ['rspec', 'rspec-rails'] }, files: ['.rspec'], topics: ['rspec'] },
  }),
  skill('phpunit', 'PHPUnit', 'testing', {
    implies: ['php'],
    detect: { packages: { composer: ['phpunit/phpunit', 'pestphp/pest'] }, files: ['phpunit.xml', 'phpunit.xml.dist'], topics: ['phpunit'] },
  }),
  skill('xunit', 'xUnit.net', 'testing', {
    aliases: ['xUnit', 'NUnit', 'MSTest'],
    implies: ['csharp'],
    detect: { packages: { nuget: ['xunit', 'xunit.*', 'NUnit', 'MSTest.TestFramework'] }, topics: ['xunit', 'nunit'] },
  }),
  skill('go-testing', 'Go testing', 'testing', {
    aliases: ['Testify', 'Ginkgo'],
    implies: ['go'],
    detect: { packages: { go: ['github.com/stretchr/testify', 'github.com/onsi/ginkgo*', 'github.com/onsi/gomega'] }, files: ['*_test.go'] },
  }),
  skill('cypress', 'Cypress', 'testing', {
    implies: ['javascript'],
    detect: { packages: { npm: ['cypress'] }, files: ['cypress.config.ts', 'cypress.config.js', 'cypress/'], topics: ['cypress'] },
  }),
  skill('playwright', 'Playwright', 'testing', {
    aliases: ['Selenium', 'WebDriver', 'Puppeteer'],
    detect: { packages: { npm: ['@playwright/test', 'playwright', 'puppeteer', 'selenium-webdriver'], pypi: ['playwright', 'selenium'], maven: ['org.seleniumhq.selenium:*', 'com.microsoft.playwright:*'] }, files: ['playwright.config.ts'], topics: ['playwright', 'selenium', 'puppeteer'] },
  }),
  skill('tdd', 'Test-driven development', 'practice', {
    aliases: ['TDD', 'Unit testing', 'Integration testing', 'Automated testing', 'Test automation', 'BDD'],
    detect: { topics: ['tdd', 'unit-testing', 'testing'] },
  }),

  // ── security ─────────────────────────────────────────────────────────────
  skill('oauth', 'OAuth 2.0', 'security', {
    aliases: ['OAuth', 'OAuth2', 'OpenID Connect', 'OIDC', 'SSO', 'Single Sign-On', 'Keycloak', 'Auth0', 'SAML'],
    detect: {
      packages: {
        npm: ['passport', 'passport-*', 'next-auth', '@auth/*', 'oauth4webapi', 'openid-client', 'keycloak-connect'],
        pypi: ['authlib', 'oauthlib', 'requests-oauthlib', 'django-allauth', 'social-auth-core'],
        maven: ['org.springframework.security:*', 'org.springframework.boot:spring-boot-starter-oauth2-*'],
        go: ['golang.org/x/oauth2', 'github.com/coreos/go-oidc*'],
        rubygems: ['omniauth', 'omniauth-*', 'devise', 'doorkeeper'],
        nuget: ['Microsoft.AspNetCore.Authentication*', 'Duende.IdentityServer'],
      },
      topics: ['oauth', 'oauth2', 'openid-connect', 'oidc', 'sso', 'keycloak'],
    },
  }),
  skill('jwt', 'JSON Web Tokens', 'security', {
    aliases: ['JWT', 'JWTs', 'JSON Web Token'],
    detect: {
      packages: {
        npm: ['jsonwebtoken', 'jose', 'express-jwt', '@nestjs/jwt', 'passport-jwt'],
        pypi: ['pyjwt', 'python-jose', 'djangorestframework-simplejwt'],
        maven: ['io.jsonwebtoken:*', 'com.auth0:java-jwt', 'com.nimbusds:nimbus-jose-jwt'],
        go: ['github.com/golang-jwt/jwt*', 'github.com/dgrijalva/jwt-go'],
        nuget: ['System.IdentityModel.Tokens.Jwt', 'Microsoft.AspNetCore.Authentication.JwtBearer'],
        rubygems: ['jwt'],
        cargo: ['jsonwebtoken'],
      },
      topics: ['jwt', 'json-web-token'],
    },
  }),
  skill('web-security', 'Application security', 'security', {
    aliases: ['OWASP', 'Application Security', 'AppSec', 'Web security', 'Cybersecurity', 'Penetration testing', 'Security', 'Encryption', 'TLS'],
    detect: { packages: { npm: ['helmet', 'csurf', 'bcrypt', 'argon2'], pypi: ['bcrypt', 'argon2-cffi', 'cryptography'] }, files: ['SECURITY.md'], topics: ['security', 'owasp', 'appsec', 'cryptography'] },
  }),

  // ── architecture ─────────────────────────────────────────────────────────
  skill('microservices', 'Microservices', 'architecture', {
    aliases: ['Microservice architecture', 'Micro-services', 'Service-oriented architecture', 'SOA', 'Service mesh', 'Istio'],
    detect: { topics: ['microservices', 'microservice', 'service-mesh', 'istio'] },
  }),
  skill('event-driven', 'Event-driven architecture', 'architecture', {
    aliases: ['Event-Driven Architecture', 'EDA', 'Event sourcing', 'CQRS', 'Message queues', 'Pub/Sub'],
    detect: { topics: ['event-driven', 'event-sourcing', 'cqrs', 'pubsub'] },
  }),
  skill('distributed-systems', 'Distributed systems', 'architecture', {
    aliases: ['Distributed Systems', 'Scalability', 'High availability', 'System design', 'Software architecture'],
    detect: { topics: ['distributed-systems', 'system-design', 'scalability'] },
  }),

  // ── observability ────────────────────────────────────────────────────────
  skill('prometheus', 'Prometheus', 'observability', {
    aliases: ['PromQL', 'Alertmanager'],
    detect: {
      packages: { npm: ['prom-client'], pypi: ['prometheus-client', 'prometheus-fastapi-instrumentator'], go: ['github.com/prometheus/client_golang'], maven: ['io.micrometer:micrometer-registry-prometheus', 'io.prometheus:*'] },
      files: ['prometheus.yml', 'alertmanager.yml'],
      topics: ['prometheus', 'prometheus-exporter', 'metrics'],
    },
  }),
  skill('opentelemetry', 'OpenTelemetry', 'observability', {
    aliases: ['OTel', 'Distributed tracing', 'Jaeger', 'Zipkin'],
    detect: {
      packages: { npm: ['@opentelemetry/*'], pypi: ['opentelemetry-*'], go: ['go.opentelemetry.io/*'], maven: ['io.opentelemetry:*'], nuget: ['OpenTelemetry*'] },
      topics: ['opentelemetry', 'tracing', 'jaeger', 'observability'],
    },
  }),
  skill('grafana', 'Grafana', 'observability', {
    aliases: ['Grafana dashboards', 'Loki'],
    detect: { files: ['grafana/'], topics: ['grafana', 'loki'] },
  }),
  skill('datadog', 'Monitoring and APM (Datadog, Sentry, New Relic)', 'observability', {
    aliases: ['New Relic', 'Splunk', 'Dynatrace', 'Sentry', 'Monitoring', 'Logging'],
    detect: { packages: { npm: ['dd-trace', '@sentry/*', 'newrelic'], pypi: ['ddtrace', 'sentry-sdk', 'newrelic'] }, topics: ['datadog', 'sentry', 'monitoring', 'logging'] },
  }),

  // ── data engineering ─────────────────────────────────────────────────────
  skill('spark', 'Apache Spark', 'data', {
    aliases: ['Spark', 'PySpark', 'Spark SQL', 'Databricks'],
    detect: { packages: { pypi: ['pyspark', 'databricks-*'], maven: ['org.apache.spark:*'] }, topics: ['spark', 'apache-spark', 'pyspark', 'databricks'] },
  }),
  skill('airflow', 'Apache Airflow', 'data', {
    aliases: ['Airflow', 'Dagster', 'Prefect', 'Luigi'],
    implies: ['python', 'etl'],
    detect: { packages: { pypi: ['apache-airflow', 'apache-airflow-*', 'dagster', 'prefect', 'luigi'] }, files: ['dags/'], topics: ['airflow', 'apache-airflow', 'dagster', 'prefect'] },
  }),
  skill('etl', 'ETL and data pipelines', 'data', {
    aliases: ['ETL', 'ELT', 'Data pipelines', 'Data pipeline', 'Data engineering', 'Data Warehousing', 'Data warehouse', 'Snowflake', 'BigQuery', 'Redshift', 'dbt'],
    detect: { packages: { pypi: ['dbt-core', 'dbt-*', 'great-expectations', 'snowflake-connector-python', 'google-cloud-bigquery'] }, files: ['dbt_project.yml'], topics: ['etl', 'elt', 'data-pipeline', 'data-engineering', 'dbt', 'snowflake', 'bigquery', 'data-warehouse'] },
  }),
  skill('hadoop', 'Hadoop', 'data', {
    aliases: ['Apache Hadoop', 'HDFS', 'Hive', 'Apache Hive', 'MapReduce'],
    detect: { packages: { maven: ['org.apache.hadoop:*', 'org.apache.hive:*'] }, topics: ['hadoop', 'hdfs', 'hive'] },
  }),
  skill('pandas', 'pandas', 'data', {
    aliases: ['Pandas', 'NumPy', 'Polars', 'SciPy'],
    implies: ['python'],
    detect: { packages: { pypi: ['pandas', 'numpy', 'polars', 'scipy'] }, topics: ['pandas', 'numpy', 'polars'] },
  }),
  skill('jupyter', 'Jupyter', 'data', {
    aliases: ['Jupyter Notebook', 'Jupyter Notebooks', 'JupyterLab', 'IPython', 'Google Colab'],
    implies: ['python'],
    detect: { packages: { pypi: ['jupyter', 'jupyterlab', 'notebook', 'ipykernel'] }, files: ['*.ipynb'], githubLanguages: ['Jupyter Notebook'], topics: ['jupyter', 'jupyter-notebook', 'notebook', 'colab'] },
  }),

  // ── AI / ML ──────────────────────────────────────────────────────────────
  skill('machine-learning', 'Machine learning', 'ai-ml', {
    aliases: ['Machine Learning', 'ML', 'Deep Learning', 'scikit-learn', 'sklearn', 'Data Science', 'Artificial Intelligence', 'AI', 'NLP', 'Computer Vision', 'XGBoost'],
    detect: { packages: { pypi: ['scikit-learn', 'xgboost', 'lightgbm', 'catboost'] }, topics: ['machine-learning', 'deep-learning', 'data-science', 'ml', 'artificial-intelligence', 'nlp', 'computer-vision'] },
  }),
  skill('pytorch', 'PyTorch', 'ai-ml', {
    aliases: ['Torch'],
    implies: ['machine-learning', 'python'],
    detect: { packages: { pypi: ['torch', 'torchvision', 'pytorch-lightning', 'lightning'] }, topics: ['pytorch', 'torch'] },
  }),
  skill('tensorflow', 'TensorFlow', 'ai-ml', {
    aliases: ['Keras', 'TensorFlow.js'],
    implies: ['machine-learning'],
    detect: { packages: { pypi: ['tensorflow', 'tensorflow-*', 'keras'], npm: ['@tensorflow/*'] }, topics: ['tensorflow', 'keras'] },
  }),
  skill('openai', 'OpenAI API', 'ai-ml', {
    aliases: ['OpenAI', 'GPT-4', 'GPT', 'ChatGPT', 'ChatGPT API', 'Anthropic', 'Claude API', 'LLM', 'LLMs', 'Large Language Models', 'Generative AI', 'GenAI', 'Prompt engineering'],
    detect: {
      packages: { npm: ['openai', '@anthropic-ai/sdk', 'ai', '@google/generative-ai'], pypi: ['openai', 'anthropic', 'tiktoken', 'litellm', 'google-generativeai'], go: ['github.com/sashabaranov/go-openai'], nuget: ['OpenAI', 'Azure.AI.OpenAI'] },
      topics: ['openai', 'gpt', 'chatgpt', 'llm', 'llms', 'generative-ai', 'genai', 'openai-api'],
    },
  }),
  skill('langchain', 'LangChain', 'ai-ml', {
    aliases: ['LangGraph', 'LlamaIndex', 'RAG', 'Retrieval-augmented generation', 'AI agents'],
    implies: ['openai'],
    detect: { packages: { npm: ['langchain', '@langchain/*', 'llamaindex'], pypi: ['langchain', 'langchain-*', 'langgraph', 'llama-index', 'llama-index-*'] }, topics: ['langchain', 'langgraph', 'llamaindex', 'rag', 'retrieval-augmented-generation'] },
  }),
  skill('huggingface', 'Hugging Face', 'ai-ml', {
    aliases: ['HuggingFace', 'Hugging Face Transformers', 'Transformers'],
    implies: ['machine-learning'],
    detect: { packages: { pypi: ['transformers', 'huggingface-hub', 'datasets', 'sentence-transformers', 'diffusers'], npm: ['@huggingface/*', '@xenova/transformers'] }, topics: ['huggingface', 'transformers', 'hugging-face'] },
  }),
  skill('vector-databases', 'Vector databases', 'ai-ml', {
    aliases: ['Vector database', 'Vector DB', 'Pinecone', 'pgvector', 'Weaviate', 'Milvus', 'Qdrant', 'Chroma', 'ChromaDB', 'FAISS', 'Embeddings', 'Vector search'],
    detect: {
      packages: {
        npm: ['@pinecone-database/pinecone', 'weaviate-ts-client', 'weaviate-client', '@qdrant/js-client-rest', 'chromadb', 'pgvector'],
        pypi: ['pinecone-client', 'pinecone', 'pgvector', 'weaviate-client', 'pymilvus', 'qdrant-client', 'chromadb', 'faiss-cpu', 'faiss-gpu'],
        go: ['github.com/pgvector/pgvector-go', 'github.com/qdrant/go-client'],
      },
      topics: ['vector-database', 'vector-search', 'pinecone', 'pgvector', 'weaviate', 'milvus', 'qdrant', 'chromadb', 'faiss', 'embeddings'],
    },
  }),

  // ── frontend & mobile ────────────────────────────────────────────────────
  skill('react', 'React', 'frontend', {
    aliases: ['React.js', 'ReactJS', 'React JS', 'Redux', 'React Hooks'],
    implies: ['javascript'],
    detect: { packages: { npm: ['react', 'react-dom', 'redux', '@reduxjs/toolkit'] }, files: ['*.jsx', '*.tsx'], topics: ['react', 'reactjs', 'redux', 'react-hooks'] },
  }),
  skill('nextjs', 'Next.js', 'frontend', {
    aliases: ['NextJS', 'Next JS'],
    implies: ['react', 'nodejs'],
    detect: { packages: { npm: ['next'] }, files: ['next.config.js', 'next.config.mjs', 'next.config.ts'], topics: ['nextjs', 'next-js'] },
  }),
  skill('vue', 'Vue.js', 'frontend', {
    aliases: ['Vue', 'VueJS', 'Vue 3', 'Nuxt', 'Nuxt.js', 'Vuex', 'Pinia'],
    implies: ['javascript'],
    detect: { packages: { npm: ['vue', 'nuxt', 'vuex', 'pinia'] }, files: ['*.vue'], githubLanguages: ['Vue'], topics: ['vue', 'vuejs', 'nuxt', 'vue3'] },
  }),
  skill('angular', 'Angular', 'frontend', {
    aliases: ['AngularJS', 'Angular 2+', 'RxJS', 'NgRx'],
    implies: ['typescript'],
    detect: { packages: { npm: ['@angular/*', 'angular'] }, files: ['angular.json'], topics: ['angular', 'angularjs'] },
  }),
  skill('svelte', 'Svelte', 'frontend', {
    aliases: ['SvelteKit'],
    implies: ['javascript'],
    detect: { packages: { npm: ['svelte', '@sveltejs/kit'] }, files: ['*.svelte', 'svelte.config.js'], githubLanguages: ['Svelte'], topics: ['svelte', 'sveltekit'] },
  }),
  skill('html-css', 'HTML and CSS', 'frontend', {
    aliases: ['HTML', 'CSS', 'HTML5', 'CSS3', 'Sass', 'SCSS', 'Tailwind CSS', 'Tailwind', 'Bootstrap'],
    detect: { packages: { npm: ['tailwindcss', 'sass', 'bootstrap'] }, files: ['*.css', '*.scss', '*.html'], githubLanguages: ['HTML', 'CSS', 'SCSS'], topics: ['html', 'css', 'tailwindcss', 'sass'] },
  }),
  skill('flutter', 'Flutter', 'mobile', {
    aliases: ['Flutter SDK'],
    implies: ['dart'],
    detect: { packages: {}, files: ['pubspec.yaml'], topics: ['flutter', 'flutter-app'] },
  }),
  skill('react-native', 'React Native', 'mobile', {
    aliases: ['ReactNative', 'Expo'],
    implies: ['react'],
    detect: { packages: { npm: ['react-native', 'expo'] }, topics: ['react-native', 'expo'] },
  }),
  skill('android', 'Android', 'mobile', {
    aliases: ['Android SDK', 'Android development', 'Jetpack Compose'],
    detect: { packages: { maven: ['androidx.*', 'com.android.tools.build:*'] }, files: ['AndroidManifest.xml'], topics: ['android', 'jetpack-compose'] },
  }),
  skill('ios', 'iOS', 'mobile', {
    aliases: ['iOS development', 'UIKit', 'Xcode', 'Objective-C'],
    detect: { files: ['Podfile', '*.pbxproj', 'Info.plist'], githubLanguages: ['Objective-C'], topics: ['ios', 'uikit', 'xcode'] },
  }),

  // ── practices ────────────────────────────────────────────────────────────
  skill('documentation', 'Documentation', 'practice', {
    aliases: ['Technical documentation', 'Technical writing', 'API documentation', 'Docs'],
    detect: {
      packages: { npm: ['typedoc', 'jsdoc', '@docusaurus/core', 'vitepress'], pypi: ['sphinx', 'mkdocs', 'mkdocs-material'] },
      files: ['README.md', 'README.rst', 'docs/', 'CONTRIBUTING.md', 'mkdocs.yml', 'CHANGELOG.md'],
      topics: ['documentation', 'docs', 'technical-writing'],
    },
  }),
  skill('collaboration', 'Collaboration', 'practice', {
    aliases: ['Code review', 'Code reviews', 'Pair programming', 'Mentoring', 'Teamwork', 'Open source', 'Open-source contributions', 'Cross-functional collaboration'],
    detect: { files: ['CODEOWNERS', '.github/CODEOWNERS', '.github/PULL_REQUEST_TEMPLATE.md', 'CODE_OF_CONDUCT.md'], topics: ['open-source', 'hacktoberfest'] },
  }),
  skill('agile', 'Agile', 'practice', {
    aliases: ['Scrum', 'Kanban', 'Agile methodologies', 'Jira'],
    detect: { topics: ['agile', 'scrum'] },
  }),
];

/** The taxonomy, parsed through the Skill schema (defaults filled). */
export const TAXONOMY: readonly Skill[] = Object.freeze(RAW.map((s) => Skill.parse(s)));
