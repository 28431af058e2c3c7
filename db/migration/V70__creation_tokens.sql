-- One-time form tokens for creations that have no natural key (issue 16, branch hostile): the form carries a token
-- issued when it was opened; a repeated or concurrent POST of the same form finds the record already created by it.
alter table inspection add column creation_token uuid;
create unique index inspection_creation_token on inspection (creation_token);
alter table exemplary_model add column creation_token uuid;
create unique index exemplary_model_creation_token on exemplary_model (creation_token);
