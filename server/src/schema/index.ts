import { builder } from '../builder';
import './entity';
import './person';
import './institution';
import './event';
import './industry';
import './place';
import './search';
import './subgraph';
import './path';
import './affiliations';
import './entity-mutations';
import './relationship';
import './merge';
import './history';
import './ingest';
import './stats';

export const schema = builder.toSchema({ sortSchema: true });
